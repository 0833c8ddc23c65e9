namespace JobNetwork.Web.Domain;

/// <summary>A job to apply for, ideally one the network turned up before it was ever advertised.</summary>
public class JobLead : OwnedEntity, ITrashable
{
    public const int TitleMaxLength = 200;
    public const int UrlMaxLength = 500;
    public const int NotesMaxLength = 4000;
    public const int FoundViaMaxLength = 200;

    public string Title { get; set; } = "";

    public int CompanyId { get; set; }

    public Company Company { get; set; } = null!;

    public LeadSource Source { get; set; }

    /// <summary>The contact the lead came from (directly, or as the referred person of <see cref="ReferralId"/>).</summary>
    public int? SourceContactId { get; set; }

    public Contact? SourceContact { get; set; }

    public int? ReferralId { get; set; }

    public Referral? Referral { get; set; }

    /// <summary>For leads the user found themselves: job board, company site…</summary>
    public string? FoundVia { get; set; }

    /// <summary>Only <see cref="Advertising.NeverAdvertised"/> counts as the hidden job market.</summary>
    public Advertising Advertising { get; set; }

    public string? Url { get; set; }

    public string? Notes { get; set; }

    public JobLeadStatus Status { get; set; } = JobLeadStatus.Found;

    /// <summary>The person who interviewed the user, so a "turned down" can become "who else do you know?".</summary>
    public int? InterviewerContactId { get; set; }

    public Contact? InterviewerContact { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime StatusChangedAtUtc { get; set; }

    public List<JobLeadStatusChange> History { get; set; } = [];

    public DateTime? TrashedAtUtc { get; set; }

    public Guid? TrashBatchId { get; set; }
}

/// <summary>
/// Whether a job was advertised publicly. "Not sure" is the default: a lead counts as hidden market only when the user
/// says it was never advertised (stored values: 0 and 1 are what the old yes/no column held, so old "no" reads "not sure").
/// </summary>
public enum Advertising
{
    NotSure = 0,
    Advertised = 1,
    NeverAdvertised = 2,
}

public enum LeadSource
{
    Contact,
    Referral,
    FoundMyself,
}

public enum JobLeadStatus
{
    Found,
    Applied,
    Interviewing,
    Offer,
    Accepted,
    TurnedDown,
    Withdrawn,
    Closed,
}

public class JobLeadStatusChange : IOwned
{
    public int Id { get; set; }

    public int JobLeadId { get; set; }

    public JobLeadStatus? FromStatus { get; set; }

    public JobLeadStatus ToStatus { get; set; }

    public DateTime ChangedAtUtc { get; set; }

    public string OwnerId { get; set; } = "";
}
