using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Scripts;

/// <summary>
/// The built-in wording for each situation. A sentence whose placeholder has no value (no pitch, no roles yet…) is
/// left out, so every template still reads naturally with an empty profile.
/// </summary>
public static class ScriptDefaults
{
    public static string For(ScriptSituation situation) => situation switch
    {
        ScriptSituation.Friend =>
            "Hi {first name}, it's me — have you got two minutes? I'm looking for my next job and I'd love your help. {pitch} " +
            "I'm after {roles} roles. Who do you know at {targets}? Even one name helps.",
        ScriptSituation.Acquaintance =>
            "Hi {first name}, I hope you're well. I'm looking for a new job and I'm reaching out to people I know. {pitch} " +
            "I'm after {roles} roles. Do you know anyone at {targets}? A name is all I'm asking for.",
        ScriptSituation.FormerCoworker =>
            "Hi {first name}! I'm looking for my next job and thought of you from our time working together. {pitch} " +
            "I'm after {roles} roles. Who do you know at {targets}? You know how I work, so a name from you carries weight.",
        ScriptSituation.CommunityGroupMember =>
            "Hi {first name}, it's me from {string}. I'm looking for my next job. {pitch} I'm after {roles} roles. " +
            "Who do you know — in the group or outside it — at {targets}?",
        ScriptSituation.NarrowFocusAgency =>
            "Hi {first name}, I'm looking for {roles} roles. {pitch} I know you focus on {focus} — is that a fit for me? " +
            "If not, which agency would you suggest, and who do you know at {targets}?",
        ScriptSituation.Referred =>
            "Hi {first name}, {referrer} suggested I get in touch. I'm looking for my next job. {pitch} I'm after {roles} roles. " +
            "Who do you know at {targets}? Any name would help, and I'll tell {referrer} we spoke.",
        ScriptSituation.InterviewerWhoTurnedYouDown =>
            "Hi {first name}, thank you again for interviewing me for the {lead} role. I was sorry it didn't work out, but I enjoyed meeting you. " +
            "{pitch} Is anyone else at {company} hiring for {roles} roles? And who do you know at {targets}?",
        ScriptSituation.ThankYouToReferrer =>
            "Hi {first name}, thank you for putting me in touch with {referred} — it really helped. " +
            "I'm still looking for {roles} roles. Who else do you know at {targets}?",
        _ => "Hi {first name}, I'm looking for my next job. Who do you know at {targets}?",
    };
}
