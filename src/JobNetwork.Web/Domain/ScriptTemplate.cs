namespace JobNetwork.Web.Domain;

/// <summary>The user's own wording for one situation's call script; without one the built-in default is used.</summary>
public class ScriptTemplate : OwnedEntity
{
    public const int TextMaxLength = 1500;

    public ScriptSituation Situation { get; set; }

    /// <summary>Plain text with placeholders such as {first name} and {targets}.</summary>
    public string Text { get; set; } = "";
}

/// <summary>Who the user is about to talk to, which decides what to say.</summary>
public enum ScriptSituation
{
    Friend,
    Acquaintance,
    FormerCoworker,
    CommunityGroupMember,
    NarrowFocusAgency,
    Referred,
    InterviewerWhoTurnedYouDown,
    ThankYouToReferrer,
}
