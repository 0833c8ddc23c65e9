namespace JobNetwork.Web.Domain;

/// <summary>
/// Base for every record a user owns. <see cref="OwnerId"/> is stamped by <c>AppDbContext</c> on save and
/// read by its global query filter; <see cref="Version"/> is an app-managed concurrency token that works the
/// same on every database provider.
/// </summary>
public abstract class OwnedEntity : IOwned
{
    public int Id { get; set; }

    public string OwnerId { get; set; } = "";

    public Guid Version { get; set; } = Guid.NewGuid();
}
