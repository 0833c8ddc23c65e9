namespace JobNetwork.Web.Domain;

/// <summary>A contact's place in a circle. Exactly one of a contact's memberships is primary: the string their results credit.</summary>
public class ContactCircle : IOwned, ITrashable
{
    public int ContactId { get; set; }

    public Contact Contact { get; set; } = null!;

    public int CircleId { get; set; }

    public Circle Circle { get; set; } = null!;

    public bool IsPrimary { get; set; }

    public string OwnerId { get; set; } = "";

    public DateTime? TrashedAtUtc { get; set; }

    public Guid? TrashBatchId { get; set; }
}
