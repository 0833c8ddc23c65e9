using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Companies;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Contacts;

public sealed class ContactService(IDbContextFactory<AppDbContext> contextFactory, TimeProvider clock)
{
    public async Task<PagedResult<ContactRow>> SearchAsync(ContactQuery query, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var filtered = db.Contacts.AsNoTracking().Filter(query);
        var total = await filtered.CountAsync(cancellationToken);
        var rows = await filtered.Sort(query.Sort, query.Descending)
            .Skip(Math.Max(0, query.Page) * query.PageSize)
            .Take(query.PageSize)
            .ToRows()
            .ToListAsync(cancellationToken);
        return new PagedResult<ContactRow>(rows, total);
    }

    public async Task<Contact?> GetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Contacts.AsNoTracking()
            .Include(c => c.Company)
            .Include(c => c.Memberships).ThenInclude(m => m.Circle)
            .Include(c => c.Tags)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> GetTagsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ContactTags.AsNoTracking().Select(t => t.Name).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
    }

    /// <summary>Other contacts that look like the same person: same email, phone (normalised) or LinkedIn profile.</summary>
    public async Task<IReadOnlyList<DuplicateMatch>> FindDuplicatesAsync(ContactForm form, int? exceptId, CancellationToken cancellationToken)
    {
        var email = ContactForm.Clean(form.Email)?.ToLowerInvariant();
        var phone = PhoneNumberNormalizer.Normalize(form.Phone);
        var linkedIn = LinkedInUrls.Normalize(form.LinkedInUrl)?.ToLowerInvariant();
        if (email is null && phone is null && linkedIn is null)
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var candidates = await db.Contacts.AsNoTracking()
            .Where(c => c.Id != exceptId)
            .Where(c => (email != null && c.Email != null && c.Email.ToLower() == email)
                || (phone != null && c.PhoneNormalized == phone)
                || (linkedIn != null && c.LinkedInUrl != null && c.LinkedInUrl.ToLower() == linkedIn))
            .OrderBy(c => c.Name).ThenBy(c => c.Id) // A stable five when there are more (and no EF "Take without OrderBy" warning).
            .Select(c => new { c.Id, c.Name, c.Email, c.PhoneNormalized, c.LinkedInUrl })
            .Take(5)
            .ToListAsync(cancellationToken);

        return candidates.Select(c => new DuplicateMatch(c.Id, c.Name,
                email is not null && string.Equals(c.Email, email, StringComparison.OrdinalIgnoreCase) ? "email"
                : phone is not null && c.PhoneNormalized == phone ? "phone number"
                : "LinkedIn profile"))
            .ToList();
    }

    public async Task<SaveResult> CreateAsync(ContactForm form, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var contact = new Contact { CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
        form.CopyTo(contact);
        db.Contacts.Add(contact);
        if (await ApplyRelationsAsync(db, contact, form, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SaveResult.Saved(contact.Id);
    }

    public async Task<SaveResult> UpdateAsync(int id, ContactForm form, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var contact = await db.Contacts
            .Include(c => c.Memberships)
            .Include(c => c.Tags)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contact is null)
        {
            return SaveResult.NotFound();
        }

        db.Entry(contact).Property(c => c.Version).OriginalValue = form.Version;
        form.CopyTo(contact);
        if (await ApplyRelationsAsync(db, contact, form, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveResult.ChangedElsewhere();
        }

        await transaction.CommitAsync(cancellationToken);
        form.Version = contact.Version;
        return SaveResult.Saved(contact.Id);
    }

    /// <summary>The ids of every contact a filter matches, for "select all matching" bulk actions.</summary>
    public async Task<IReadOnlyList<int>> MatchingIdsAsync(ContactQuery query, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Contacts.AsNoTracking().Filter(query).Select(c => c.Id).ToListAsync(cancellationToken);
    }

    public async Task<int> AddToCircleAsync(IReadOnlyCollection<int> ids, int circleId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Circles.AnyAsync(c => c.Id == circleId, cancellationToken))
        {
            return 0;
        }

        var contacts = await db.Contacts.Include(c => c.Memberships)
            .Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
        var added = 0;
        foreach (var contact in contacts.Where(c => c.Memberships.All(m => m.CircleId != circleId)))
        {
            contact.Memberships.Add(new ContactCircle { CircleId = circleId, IsPrimary = contact.Memberships.Count == 0 });
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    public async Task<int> TagAsync(IReadOnlyCollection<int> ids, string tag, CancellationToken cancellationToken)
    {
        var name = ContactTags.Clean(tag);
        if (name is null)
        {
            return 0;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var contacts = await db.Contacts.Include(c => c.Tags).Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
        var tagged = 0;
        foreach (var contact in contacts.Where(c => c.Tags.All(t => t.Name != name)))
        {
            contact.Tags.Add(new ContactTag { Name = name });
            tagged++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return tagged;
    }

    /// <summary>
    /// The seed's first step: make a list of people you know well. Adds them, known well, to the user's Friends
    /// string (plugged in now if there is none). All or nothing.
    /// </summary>
    public async Task<int> AddPeopleYouKnowWellAsync(IReadOnlyList<(string Name, string? Phone)> people, DateOnly today, CancellationToken cancellationToken)
    {
        var named = people.Where(p => !string.IsNullOrWhiteSpace(p.Name)).ToList();
        if (named.Count == 0)
        {
            return 0;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var friends = await db.Circles.Where(c => c.Kind == CircleKind.Friends && c.IsPluggedIn).OrderBy(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        if (friends is null)
        {
            friends = new Circle { Name = CircleKind.Friends.Label(), Kind = CircleKind.Friends, PluggedInOn = today, CreatedAtUtc = now };
            db.Circles.Add(friends);
        }

        foreach (var (name, phone) in named)
        {
            var trimmed = name.Trim();
            var contact = new Contact
            {
                Name = trimmed.Length > Contact.NameMaxLength ? trimmed[..Contact.NameMaxLength] : trimmed,
                Closeness = Closeness.KnowWell,
                Phone = ContactForm.Clean(phone),
                PhoneNormalized = PhoneNumberNormalizer.Normalize(phone),
                CreatedAtUtc = now,
            };
            contact.Memberships.Add(new ContactCircle { Circle = friends, IsPrimary = true });
            db.Contacts.Add(contact);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return named.Count;
    }

    private async Task<SaveResult?> ApplyRelationsAsync(AppDbContext db, Contact contact, ContactForm form, CancellationToken cancellationToken)
    {
        contact.Company = await CompanyService.FindOrCreateAsync(db, form.CompanyName, clock, cancellationToken);

        var circleIds = form.CircleIds.Distinct().ToList();
        var knownCircles = await db.Circles.Where(c => circleIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        if (knownCircles.Count != circleIds.Count)
        {
            return SaveResult.Invalid("One of the chosen circles no longer exists. Reload and choose again.");
        }

        var primary = form.PrimaryCircleId is { } p && circleIds.Contains(p) ? p : circleIds.FirstOrDefault();
        contact.Memberships.RemoveAll(m => !circleIds.Contains(m.CircleId));
        foreach (var circleId in circleIds.Where(id => contact.Memberships.All(m => m.CircleId != id)))
        {
            contact.Memberships.Add(new ContactCircle { CircleId = circleId });
        }

        foreach (var membership in contact.Memberships)
        {
            membership.IsPrimary = membership.CircleId == primary;
        }

        var tags = ContactTags.CleanAll(form.Tags);
        contact.Tags.RemoveAll(t => !tags.Contains(t.Name));
        foreach (var tag in tags.Where(t => contact.Tags.All(existing => existing.Name != t)))
        {
            contact.Tags.Add(new ContactTag { Name = tag });
        }

        return null;
    }
}
