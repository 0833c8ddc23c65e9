using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.JobLeads;

public static class JobLeadText
{
    public static IReadOnlyList<JobLeadStatus> Pipeline { get; } =
    [
        JobLeadStatus.Found, JobLeadStatus.Applied, JobLeadStatus.Interviewing, JobLeadStatus.Offer, JobLeadStatus.Accepted,
        JobLeadStatus.TurnedDown, JobLeadStatus.Withdrawn, JobLeadStatus.Closed,
    ];

    public static string Label(this JobLeadStatus status) => status switch
    {
        JobLeadStatus.Applied => "Applied",
        JobLeadStatus.Interviewing => "Interviewing",
        JobLeadStatus.Offer => "Offer",
        JobLeadStatus.Accepted => "Accepted",
        JobLeadStatus.TurnedDown => "Turned down",
        JobLeadStatus.Withdrawn => "Withdrawn",
        JobLeadStatus.Closed => "Closed",
        _ => "Found",
    };

    /// <summary>Leads still in play: the ones that count towards coverage.</summary>
    public static bool IsActive(this JobLeadStatus status) =>
        status is JobLeadStatus.Found or JobLeadStatus.Applied or JobLeadStatus.Interviewing or JobLeadStatus.Offer;

    public static string Label(this Advertising advertising) => advertising switch
    {
        Advertising.Advertised => "Advertised",
        Advertising.NeverAdvertised => "Never advertised",
        _ => "Not sure if advertised",
    };

    public static string Label(this LeadSource source) => source switch
    {
        LeadSource.Referral => "A referral",
        LeadSource.FoundMyself => "Found myself",
        _ => "A contact",
    };
}
