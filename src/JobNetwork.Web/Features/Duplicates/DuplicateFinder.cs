using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Import;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Duplicates;

/// <summary>One side of a possible duplicate, as the list shows it.</summary>
public sealed record DuplicateContact(int Id, string Name, string? CompanyName, string? Email, string? Phone, DateTime CreatedAtUtc);

/// <summary>Two contacts that look like one person; <see cref="First"/> is the older one, kept by default.</summary>
public sealed record DuplicatePair(DuplicateContact First, DuplicateContact Second, string MatchedOn);

/// <summary>
/// Finds pairs of the user's contacts that look like the same person, with the import's own matcher (LinkedIn profile,
/// email, normalised phone, name and company) plus the same name alone, which the import never skips a row on but a
/// person can judge. Contacts are matched oldest first; each later look-alike pairs with the oldest contact holding the matching key.
/// </summary>
public sealed class DuplicateFinder(IDbContextFactory<AppDbContext> contextFactory)
{
    public async Task<IReadOnlyList<DuplicatePair>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var contacts = await db.Contacts.AsNoTracking()
            .OrderBy(c => c.Id)
            .Select(c => new
            {
                c.Id, c.Name, c.Email, c.Phone, c.PhoneNormalized, c.LinkedInUrl, c.CreatedAtUtc,
                CompanyName = c.Company != null ? c.Company.Name : null,
            })
            .ToListAsync(cancellationToken);

        var seen = new Dictionary<int, DuplicateContact>();
        var matcher = new ContactMatcher();
        var pairs = new List<DuplicatePair>();
        foreach (var contact in contacts)
        {
            var shown = new DuplicateContact(contact.Id, contact.Name, contact.CompanyName, contact.Email, contact.Phone, contact.CreatedAtUtc);
            seen[contact.Id] = shown;
            var draft = ContactDraft.ForExisting(contact.Name, contact.Email, contact.PhoneNormalized, contact.LinkedInUrl, contact.CompanyName);
            var match = matcher.FindForReview(draft);
            if (match is { Target.ExistingContactId: { } earlierId })
            {
                pairs.Add(new DuplicatePair(seen[earlierId], shown, match.Value.MatchedOn));
            }

            // Each contact answers for its own keys (the oldest holder of a key keeps it), so a strong match is never
            // routed through a weaker guess: "A. Lee" with Ann's email pairs with that Ann, not with another Ann Lee.
            matcher.Register(draft, new MatchTarget(contact.Id, contact.Name, null));
        }

        return pairs;
    }

    /// <summary>How many of these contacts (say, the ones an import just created) look like another contact.</summary>
    public async Task<int> CountLookAlikesAsync(IReadOnlyCollection<int> contactIds, CancellationToken cancellationToken)
    {
        if (contactIds.Count == 0)
        {
            return 0;
        }

        var ids = contactIds.ToHashSet();
        var pairs = await ListAsync(cancellationToken);
        return pairs.SelectMany(p => new[] { p.First.Id, p.Second.Id }).Where(ids.Contains).Distinct().Count();
    }
}
