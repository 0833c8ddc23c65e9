namespace JobNetwork.Web.Domain;

/// <summary>A single-use link the administrator hands to someone so they can register while registration is invite-only.</summary>
public class Invitation
{
    public int Id { get; set; }

    public string Token { get; set; } = "";

    public string? Note { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    public DateTime? UsedAtUtc { get; set; }

    public string? UsedByUserId { get; set; }
}
