using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Today;

/// <summary>
/// Which moves of an introduction earn the referrer a thank-you, and how Today words it, naming the chain:
/// "Thank Dana — you talked to Grace". A plain rule, so the wording is tested without a database.
/// </summary>
public static class ThankYouText
{
    public const string TalkedEvent = "talked";

    /// <summary>The rule label on the card, like the other suggestions' "Never asked" or "Follow-up due".</summary>
    public const string RuleLabel = "Close the loop";

    /// <summary>The lead moves a referrer wants to hear about.</summary>
    public static bool IsLeadEvent(JobLeadStatus status) =>
        status is JobLeadStatus.Interviewing or JobLeadStatus.Offer or JobLeadStatus.TurnedDown;

    public static string LeadEventKey(int leadId, JobLeadStatus status) => $"lead:{leadId}:{status}";

    public static string Talked(string referrer, string referred) => Fit($"Thank {referrer} — you talked to {referred}");

    public static string LeadMoved(string referrer, string referred, string leadTitle, string companyName, JobLeadStatus status) => Fit(status switch
    {
        JobLeadStatus.Interviewing => $"Thank {referrer} — {referred}'s lead got you an interview: {leadTitle} at {companyName}",
        JobLeadStatus.Offer => $"Thank {referrer} — {referred}'s lead became an offer: {leadTitle} at {companyName}",
        _ => $"Tell {referrer} how it went — {companyName} turned you down for {leadTitle} ({referred}'s lead); thank them all the same",
    });

    /// <summary>The "why" line under the card.</summary>
    public static string Reason(string referrer) =>
        $"{referrer} put you in touch. A quick call or a short message keeps them on your side — it isn't counted as an ask.";

    private static string Fit(string text) => text.Length <= ThankYou.TextMaxLength ? text : text[..ThankYou.TextMaxLength];
}
