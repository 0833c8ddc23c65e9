namespace JobNetwork.Web.Domain;

/// <summary>An entity that belongs to exactly one user account and must never be seen by another.</summary>
public interface IOwned
{
    string OwnerId { get; set; }
}
