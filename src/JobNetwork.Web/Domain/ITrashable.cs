namespace JobNetwork.Web.Domain;

/// <summary>
/// A record that goes to the Trash instead of being deleted at once. <c>AppDbContext</c>'s "Trash" query filter hides
/// trashed rows everywhere; <see cref="TrashBatchId"/> ties a record to everything trashed with it (a contact's asks,
/// referrals, memberships and tags), so Undo brings back exactly that set. Trashed rows are ordinary owned rows:
/// account deletion removes them like any other.
/// </summary>
public interface ITrashable
{
    DateTime? TrashedAtUtc { get; set; }

    Guid? TrashBatchId { get; set; }
}
