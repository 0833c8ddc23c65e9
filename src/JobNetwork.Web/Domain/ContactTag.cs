namespace JobNetwork.Web.Domain;

/// <summary>A free-form label on a contact, such as "hiring manager" or "mentor".</summary>
public class ContactTag : IOwned, ITrashable
{
    public const int NameMaxLength = 50;

    public int ContactId { get; set; }

    public Contact Contact { get; set; } = null!;

    public string Name { get; set; } = "";

    public string OwnerId { get; set; } = "";

    public DateTime? TrashedAtUtc { get; set; }

    public Guid? TrashBatchId { get; set; }
}
