namespace JobNetwork.Web.Domain;

/// <summary>
/// One job search, e.g. "Spring 2027": it runs from <see cref="StartsOn"/> until the next search starts. Asks, referrals
/// and leads are not tied to a search; which search they belong to follows from their dates.
/// </summary>
public class JobSearch : OwnedEntity
{
    public const int NameMaxLength = 80;

    public string Name { get; set; } = "";

    /// <summary>The user's local day the search began; the previous search ends the day before.</summary>
    public DateOnly StartsOn { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
