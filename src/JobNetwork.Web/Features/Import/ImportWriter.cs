using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Contacts;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Import;

/// <summary>Turns planned rows into new contacts and fills in duplicates, on one context, without saving.</summary>
internal sealed class ImportWriter(AppDbContext db, ImportOptions options, ImportCompanies companies, DateTime now)
{
    private const int LoadChunk = 500;

    private readonly Dictionary<int, Contact> duplicates = [];
    private readonly List<Contact> createdContacts = [];
    private readonly List<Contact> updatedContacts = [];
    private readonly HashSet<int> updatedIds = [];
    private readonly string? tag = ContactTags.Clean(options.Tag);

    public int Created => createdContacts.Count;

    public int UpdatedCount => updatedContacts.Count;

    public int Skipped { get; private set; }

    public async Task LoadDuplicatesAsync(List<PlannedRow> plan, CancellationToken cancellationToken)
    {
        var ids = plan.Select(r => r.Target.ExistingContactId).OfType<int>().Distinct().ToList();
        // In chunks: SQLite limits how many parameters one statement may carry.
        foreach (var chunk in ids.Chunk(LoadChunk))
        {
            var contacts = await db.Contacts.Include(c => c.Memberships).Include(c => c.Tags).AsSplitQuery().Where(c => chunk.Contains(c.Id)).ToListAsync(cancellationToken);
            foreach (var contact in contacts)
            {
                duplicates[contact.Id] = contact;
            }
        }
    }

    public void Apply(PlannedRow row)
    {
        switch (row.Status)
        {
            case ImportRowStatus.New:
                var contact = new Contact { CreatedAtUtc = now };
                FillEmpty(contact, row.Draft);
                JoinCircle(contact);
                AddTag(contact);
                db.Contacts.Add(contact);
                row.Target.NewContact = contact;
                createdContacts.Add(contact);
                break;
            case ImportRowStatus.Duplicate when options.Duplicates == DuplicateHandling.UpdateEmptyFields
                && duplicates.TryGetValue(row.Target.ExistingContactId!.Value, out var existing):
                var changed = FillEmpty(existing, row.Draft) | JoinCircle(existing);
                if (!changed)
                {
                    Skipped++;
                }
                else if (updatedIds.Add(existing.Id))
                {
                    AddTag(existing);
                    updatedContacts.Add(existing);
                }

                break;
            case ImportRowStatus.RepeatedInFile when options.Duplicates == DuplicateHandling.UpdateEmptyFields && row.Target.NewContact is { } earlier:
                FillEmpty(earlier, row.Draft);
                Skipped++;
                break;
            default:
                Skipped++;
                break;
        }
    }

    public IReadOnlyList<int> ContactIds() => createdContacts.Concat(updatedContacts).Select(c => c.Id).ToList();

    /// <summary>Copies the draft into the fields that are still empty; never overwrites what the user typed.</summary>
    private bool FillEmpty(Contact contact, ContactDraft draft)
    {
        var changed = false;
        string? Fill(string? current, string? value)
        {
            if (current is not null || value is null)
            {
                return current;
            }

            changed = true;
            return value;
        }

        if (contact.Name.Length == 0)
        {
            contact.Name = draft.Name;
        }

        contact.Email = Fill(contact.Email, draft.Email);
        if (contact.Phone is null && draft.Phone is not null)
        {
            contact.Phone = draft.Phone;
            contact.PhoneNormalized = draft.PhoneNormalized;
            changed = true;
        }

        contact.Title = Fill(contact.Title, draft.Title);
        contact.LinkedInUrl = Fill(contact.LinkedInUrl, draft.LinkedInUrl);
        contact.Location = Fill(contact.Location, draft.Location);
        contact.Notes = Fill(contact.Notes, draft.Notes);
        contact.HowWeMet = Fill(contact.HowWeMet, draft.HowWeMet);
        if (contact.CompanyId is null && contact.Company is null && draft.CompanyName is not null)
        {
            companies.Assign(contact, draft.CompanyName);
            changed = true;
        }

        return changed;
    }

    private void AddTag(Contact contact)
    {
        if (tag is not null && !contact.Tags.Any(t => t.Name == tag))
        {
            contact.Tags.Add(new ContactTag { Name = tag });
        }
    }

    private bool JoinCircle(Contact contact)
    {
        if (options.TargetCircleId is not { } circleId || contact.Memberships.Any(m => m.CircleId == circleId))
        {
            return false;
        }

        contact.Memberships.Add(new ContactCircle { CircleId = circleId, IsPrimary = contact.Memberships.Count == 0 });
        return true;
    }
}
