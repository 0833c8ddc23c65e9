using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Import;

/// <summary>A person an import row can turn out to be: an existing contact, or one an earlier row of the same file creates.</summary>
internal sealed class MatchTarget(int? existingContactId, string name, int? firstRowNumber)
{
    public int? ExistingContactId { get; } = existingContactId;

    public string Name { get; } = name;

    public int? FirstRowNumber { get; } = firstRowNumber;

    /// <summary>The contact being created for a new person, once the import builds it.</summary>
    public Contact? NewContact { get; set; }
}

/// <summary>
/// Finds the contact an import row is a duplicate of, in a fixed order: LinkedIn profile, then any email (case-insensitive),
/// then any phone number (normalised), then name and company together. The user's existing match keys are loaded once
/// into dictionaries, so matching a row costs a few lookups rather than a query.
/// </summary>
internal sealed class ContactMatcher
{
    private readonly Dictionary<string, MatchTarget> byLinkedIn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MatchTarget> byEmail = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MatchTarget> byPhone = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MatchTarget> byNameAndCompany = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MatchTarget> byNameOnly = new(StringComparer.Ordinal);

    public const string OnLinkedIn = "LinkedIn profile";
    public const string OnEmail = "email";
    public const string OnPhone = "phone number";
    public const string OnNameAndCompany = "name and company";
    public const string OnNameOnly = "same name";

    /// <summary>The signed-in user's contacts only: the context's owner filter keeps every other account out.</summary>
    public static async Task<ContactMatcher> LoadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.Contacts.AsNoTracking()
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.Name, c.Email, c.PhoneNormalized, c.LinkedInUrl, CompanyName = c.Company != null ? c.Company.Name : null })
            .ToListAsync(cancellationToken);

        var matcher = new ContactMatcher();
        foreach (var contact in existing)
        {
            var target = new MatchTarget(contact.Id, contact.Name, null);
            Add(matcher.byLinkedIn, ImportMatchKeys.LinkedIn(contact.LinkedInUrl), target);
            Add(matcher.byEmail, string.IsNullOrWhiteSpace(contact.Email) ? null : ImportMatchKeys.Email(contact.Email), target);
            Add(matcher.byPhone, contact.PhoneNormalized, target);
            Add(matcher.byNameAndCompany, ImportMatchKeys.NameAndCompany(contact.Name, contact.CompanyName), target);
            Add(matcher.byNameOnly, ImportMatchKeys.Name(contact.Name), target);
        }

        return matcher;
    }

    public (MatchTarget Target, string MatchedOn)? Find(ContactDraft draft)
    {
        if (draft.LinkedInKey is not null && byLinkedIn.TryGetValue(draft.LinkedInKey, out var byProfile))
        {
            return (byProfile, OnLinkedIn);
        }

        foreach (var email in draft.EmailKeys)
        {
            if (byEmail.TryGetValue(email, out var target))
            {
                return (target, OnEmail);
            }
        }

        foreach (var phone in draft.PhoneKeys)
        {
            if (byPhone.TryGetValue(phone, out var target))
            {
                return (target, OnPhone);
            }
        }

        return byNameAndCompany.TryGetValue(draft.NameCompanyKey, out var byName) ? (byName, OnNameAndCompany) : null;
    }

    /// <summary>
    /// For a person to review rather than skip: the import's keys first, then the same name alone (a phone's vCard rarely
    /// carries the company LinkedIn shows, so the same person from two sources often shares nothing else).
    /// </summary>
    public (MatchTarget Target, string MatchedOn)? FindForReview(ContactDraft draft) =>
        Find(draft) ?? (byNameOnly.TryGetValue(ImportMatchKeys.Name(draft.Name), out var sameName) ? (sameName, OnNameOnly) : null);

    /// <summary>Makes later rows of the same file find this person too, by every key the row brought.</summary>
    public void Register(ContactDraft draft, MatchTarget target)
    {
        Add(byLinkedIn, draft.LinkedInKey, target);
        foreach (var email in draft.EmailKeys)
        {
            Add(byEmail, email, target);
        }

        foreach (var phone in draft.PhoneKeys)
        {
            Add(byPhone, phone, target);
        }

        Add(byNameAndCompany, draft.NameCompanyKey, target);
        Add(byNameOnly, ImportMatchKeys.Name(draft.Name), target);
    }

    // The first contact with a key keeps it: the oldest existing contact, or the earliest row.
    private static void Add(Dictionary<string, MatchTarget> index, string? key, MatchTarget target)
    {
        if (key is not null)
        {
            index.TryAdd(key, target);
        }
    }
}
