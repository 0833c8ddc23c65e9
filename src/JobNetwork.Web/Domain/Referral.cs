namespace JobNetwork.Web.Domain;

/// <summary>"Who they know": the referrer told the user about a person (at a company that might hire).</summary>
public class Referral : OwnedEntity, ITrashable
{
    public const int NotesMaxLength = 2000;

    public int ReferrerId { get; set; }

    public Contact Referrer { get; set; } = null!;

    public int ReferredContactId { get; set; }

    public Contact ReferredContact { get; set; } = null!;

    public int? CompanyId { get; set; }

    public Company? Company { get; set; }

    public ReferralStatus Status { get; set; } = ReferralStatus.Named;

    public DateOnly ReferredOn { get; set; }

    public string? Notes { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? TrashedAtUtc { get; set; }

    public Guid? TrashBatchId { get; set; }

    /// <summary>Every status the introduction went through, dated, like a lead's history.</summary>
    public List<ReferralStatusChange> History { get; set; } = [];
}

public enum ReferralStatus
{
    Named,
    IntroRequested,
    Introduced,
    Talked,

    /// <summary>The introduction turned into a job lead.</summary>
    Lead,

    /// <summary>The user talked to them, or tried to, and it led nowhere.</summary>
    NothingCameOfIt,
}

public class ReferralStatusChange : IOwned
{
    public int Id { get; set; }

    public int ReferralId { get; set; }

    public ReferralStatus? FromStatus { get; set; }

    public ReferralStatus ToStatus { get; set; }

    public DateTime ChangedAtUtc { get; set; }

    public string OwnerId { get; set; } = "";
}
