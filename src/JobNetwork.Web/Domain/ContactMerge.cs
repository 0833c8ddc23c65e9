namespace JobNetwork.Web.Domain;

/// <summary>
/// What one merge of two contacts changed, kept while the merged-away contact waits in the Trash so Undo can put
/// everything back: the survivor's field values before the merge, and every row moved onto it or added to it.
/// <see cref="BatchId"/> is the Trash batch of the merged-away contact; the record goes when that batch is restored,
/// deleted for good or purged.
/// </summary>
public class ContactMerge : OwnedEntity
{
    public Guid BatchId { get; set; }

    public int SurvivorId { get; set; }

    public int DuplicateId { get; set; }

    /// <summary>The survivor's fields before the merge (JSON), restored on Undo unless the survivor was edited since.</summary>
    public string SurvivorBefore { get; set; } = "";

    /// <summary>The survivor's <see cref="OwnedEntity.Version"/> right after the merge: a different one means it was edited since.</summary>
    public Guid SurvivorVersionAfter { get; set; }

    /// <summary>Ids of the rows moved from the duplicate and the circles and tags added to the survivor (JSON).</summary>
    public string Moved { get; set; } = "";

    public DateTime MergedAtUtc { get; set; }
}
