namespace JobNetwork.Web.Domain;

/// <summary>One line on the Trash page: something the user deleted, with everything that went with it (one batch).</summary>
public class TrashEntry : OwnedEntity
{
    public const int LabelMaxLength = 300;

    /// <summary>How long a deleted record waits in the Trash before it is purged for good.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(30);

    public Guid BatchId { get; set; }

    public TrashKind Kind { get; set; }

    /// <summary>The record the user deleted; null when several were deleted at once.</summary>
    public int? RecordId { get; set; }

    /// <summary>What the user deleted, in their words ("Ada Lovelace", "3 contacts"), kept so the page needs no joins.</summary>
    public string Label { get; set; } = "";

    /// <summary>How many of <see cref="Kind"/> the batch holds (1 unless a bulk delete).</summary>
    public int Count { get; set; } = 1;

    public DateTime TrashedAtUtc { get; set; }
}

public enum TrashKind
{
    Contact,
    Company,
    Circle,
    Ask,
    Referral,
    JobLead,

    /// <summary>A contact merged into another; restoring it undoes the merge.</summary>
    Merge,
}
