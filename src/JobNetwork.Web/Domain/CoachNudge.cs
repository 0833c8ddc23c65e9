namespace JobNetwork.Web.Domain;

/// <summary>
/// A short note or suggested next step a coach leaves for a client. Owned by the client (it shows on their Today page
/// and goes with their account); written by the coach only through a live grant.
/// </summary>
public class CoachNudge : OwnedEntity
{
    public const int TextMaxLength = 280;

    public int GrantId { get; set; }

    public string CoachUserId { get; set; } = "";

    /// <summary>The coach's email when the nudge was left, so the client sees who suggested it.</summary>
    public string CoachLabel { get; set; } = "";

    public string Text { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? DoneAtUtc { get; set; }
}
