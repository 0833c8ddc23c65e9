namespace JobNetwork.Web.Domain;

/// <summary>
/// A job seeker's permission for one coach to read their progress. Owned by the job seeker (the client): only they
/// list, change and revoke it. Either names a coach account at once (invited by email) or waits for a one-time link
/// to be claimed; only the SHA-256 of the link's secret is kept.
/// </summary>
public class CoachGrant : OwnedEntity
{
    public const int LabelMaxLength = 256;

    /// <summary>The coach's account; null while an invitation link is unclaimed.</summary>
    public string? CoachUserId { get; set; }

    /// <summary>Lower-case hex SHA-256 of the invitation link's secret; null for an invitation by email.</summary>
    public string? InviteTokenHash { get; set; }

    /// <summary>When an unclaimed link stops working.</summary>
    public DateTime? InviteExpiresAtUtc { get; set; }

    public CoachScope Scope { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>When the coach account was attached: at once for an email invitation, on claim for a link.</summary>
    public DateTime? ClaimedAtUtc { get; set; }

    /// <summary>Set by the job seeker; from then on every coach read is refused. Kept so the history stays readable.</summary>
    public DateTime? RevokedAtUtc { get; set; }

    public DateTime? LastUsedAtUtc { get; set; }
}

public enum CoachScope
{
    /// <summary>Streak, asks per week, coverage, lit/dim/dark strings and lead counts; no names of people or companies.</summary>
    ProgressOnly,

    /// <summary>Progress plus the names behind it (contacts on the strings, companies), read-only.</summary>
    ProgressAndNames,
}
