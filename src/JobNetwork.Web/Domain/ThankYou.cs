namespace JobNetwork.Web.Domain;

/// <summary>
/// A thank-you the user owes a referrer because their introduction moved: the user talked to the person they named,
/// or a lead from that introduction reached an interview, an offer or a turn-down. Created once per event (the
/// <see cref="EventKey"/> is unique per referral) and shown on Today until it is done or skipped. Closing the loop is
/// not an ask: it never adds an <see cref="Ask"/>, so yield and coverage do not count it.
/// </summary>
public class ThankYou : OwnedEntity
{
    public const int TextMaxLength = 300;
    public const int EventKeyMaxLength = 60;

    public int ReferralId { get; set; }

    /// <summary>Who to thank: the referral's referrer when the event happened.</summary>
    public int ReferrerId { get; set; }

    /// <summary>The lead whose move caused it; null when the user talked to the referred person.</summary>
    public int? JobLeadId { get; set; }

    /// <summary>"talked", or "lead:{id}:{status}": the same event never makes a second thank-you.</summary>
    public string EventKey { get; set; } = "";

    /// <summary>"Thank Dana — you talked to Grace": the chain named, written when the event happened.</summary>
    public string Text { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public ThankYouStatus Status { get; set; }

    /// <summary>Snoozed: not shown before this local date.</summary>
    public DateOnly? SnoozedUntil { get; set; }

    public DateTime? ClosedAtUtc { get; set; }
}

public enum ThankYouStatus
{
    Open,
    Done,
    Skipped,
}
