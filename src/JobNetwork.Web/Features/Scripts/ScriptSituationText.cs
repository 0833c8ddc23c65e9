using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Scripts;

public static class ScriptSituationText
{
    public static string Label(this ScriptSituation situation) => situation switch
    {
        ScriptSituation.Friend => "A friend",
        ScriptSituation.Acquaintance => "An acquaintance",
        ScriptSituation.FormerCoworker => "A former coworker",
        ScriptSituation.CommunityGroupMember => "Someone from a community group",
        ScriptSituation.NarrowFocusAgency => "An agency with a narrow focus",
        ScriptSituation.Referred => "Someone you were referred to",
        ScriptSituation.InterviewerWhoTurnedYouDown => "An interviewer who turned you down",
        ScriptSituation.ThankYouToReferrer => "Thank you to someone who referred you",
        _ => situation.ToString(),
    };
}
