using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Trash;

/// <summary>What was just moved to the Trash: enough for the "Undo" snackbar and for the REST API to report.</summary>
public sealed record TrashReceipt(int EntryId, TrashKind Kind, string Label, int Count);

/// <summary>
/// Deleting a contact, company, circle, ask, referral or lead moves it, with what hangs on it, to the Trash for
/// <see cref="TrashEntry.KeptFor"/>: every row gets the same batch id, so <see cref="TrashRestorer.RestoreAsync"/>
/// brings back exactly that set. What hangs on what:
/// a contact takes its asks, referrals (given and received), circle memberships, tags and stored suggestions;
/// a company takes its job leads (its people stay, shown without a company until it returns);
/// a circle takes its memberships (members whose primary string it was get another primary, as on delete).
/// </summary>
public sealed class TrashService(IDbContextFactory<AppDbContext> contextFactory, TimeProvider clock)
{
    public Task<TrashReceipt?> MoveToTrashAsync(TrashKind kind, int id, CancellationToken cancellationToken) => kind switch
    {
        TrashKind.Contact => MoveContactsToTrashAsync([id], cancellationToken),
        TrashKind.Company => TrashOneAsync(kind, id, TrashCompanyAsync, cancellationToken),
        TrashKind.Circle => TrashOneAsync(kind, id, TrashCircleAsync, cancellationToken),
        TrashKind.Ask => TrashOneAsync(kind, id, TrashAskAsync, cancellationToken),
        TrashKind.Referral => TrashOneAsync(kind, id, TrashReferralAsync, cancellationToken),
        TrashKind.JobLead => TrashOneAsync(kind, id, TrashLeadAsync, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of record that goes to the Trash."),
    };

    /// <summary>Moves these contacts (the current user's that exist) to the Trash as one entry. Null when none were found.</summary>
    public async Task<TrashReceipt?> MoveContactsToTrashAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var names = await db.Contacts.Where(c => ids.Contains(c.Id)).OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        if (names.Count == 0)
        {
            return null;
        }

        var found = names.Select(c => c.Id).ToList();
        var (now, batch) = (clock.GetUtcNow().UtcDateTime, Guid.NewGuid());
        await MarkContactsAsync(db, found, now, batch, cancellationToken);
        var label = names.Count == 1 ? names[0].Name : $"{names.Count} contacts";
        var receipt = await AddEntryAsync(db, TrashKind.Contact, names.Count == 1 ? found[0] : null, label, names.Count, now, batch, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return receipt;
    }

    /// <summary>Marks these contacts and what hangs on them as trashed in <paramref name="batch"/> (inside the caller's transaction).</summary>
    internal static async Task MarkContactsAsync(AppDbContext db, IReadOnlyCollection<int> found, DateTime now, Guid batch, CancellationToken cancellationToken)
    {
        await TrashRows.MarkAsync(db.Asks.Where(a => found.Contains(a.ContactId)), now, batch, cancellationToken);
        await TrashRows.MarkAsync(db.Referrals.Where(r => found.Contains(r.ReferrerId) || found.Contains(r.ReferredContactId)), now, batch, cancellationToken);
        await TrashRows.MarkAsync(db.ContactCircles.Where(m => found.Contains(m.ContactId)), now, batch, cancellationToken);
        await TrashRows.MarkAsync(db.ContactTags.Where(t => found.Contains(t.ContactId)), now, batch, cancellationToken);
        await TrashRows.MarkAsync(db.DailySuggestions.Where(s => s.ContactId != null && found.Contains(s.ContactId.Value)), now, batch, cancellationToken);
        await TrashRows.MarkAsync(db.Contacts.Where(c => found.Contains(c.Id)), now, batch, cancellationToken);
    }

    private delegate Task<string?> TrashRecord(AppDbContext db, int id, DateTime now, Guid batch, CancellationToken cancellationToken);

    private async Task<TrashReceipt?> TrashOneAsync(TrashKind kind, int id, TrashRecord trash, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (now, batch) = (clock.GetUtcNow().UtcDateTime, Guid.NewGuid());
        if (await trash(db, id, now, batch, cancellationToken) is not { } label)
        {
            return null;
        }

        var receipt = await AddEntryAsync(db, kind, id, label, 1, now, batch, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return receipt;
    }

    private static async Task<string?> TrashCompanyAsync(AppDbContext db, int id, DateTime now, Guid batch, CancellationToken cancellationToken)
    {
        var name = await db.Companies.Where(c => c.Id == id).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return null;
        }

        await TrashRows.MarkAsync(db.JobLeads.Where(l => l.CompanyId == id), now, batch, cancellationToken);
        await TrashRows.MarkAsync(db.Companies.Where(c => c.Id == id), now, batch, cancellationToken);
        return name;
    }

    private static async Task<string?> TrashCircleAsync(AppDbContext db, int id, DateTime now, Guid batch, CancellationToken cancellationToken)
    {
        var name = await db.Circles.Where(c => c.Id == id).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return null;
        }

        var orphanedPrimaries = await db.ContactCircles.Where(m => m.CircleId == id && m.IsPrimary).Select(m => m.ContactId).ToListAsync(cancellationToken);
        await TrashRows.MarkAsync(db.ContactCircles.Where(m => m.CircleId == id), now, batch, cancellationToken);
        await TrashRows.MarkAsync(db.Circles.Where(c => c.Id == id), now, batch, cancellationToken);

        // Exactly one primary per contact, as when a circle is deleted: the lowest remaining circle takes over.
        var promotions = await db.ContactCircles
            .Where(m => orphanedPrimaries.Contains(m.ContactId))
            .GroupBy(m => m.ContactId)
            .Select(g => g.OrderBy(m => m.CircleId).First())
            .ToListAsync(cancellationToken);
        promotions.ForEach(m => m.IsPrimary = true);
        await db.SaveChangesAsync(cancellationToken);
        return name;
    }

    private static async Task<string?> TrashAskAsync(AppDbContext db, int id, DateTime now, Guid batch, CancellationToken cancellationToken)
    {
        var ask = await db.Asks.Where(a => a.Id == id).Select(a => new { a.Contact.Name, a.AskedOn }).FirstOrDefaultAsync(cancellationToken);
        if (ask is null)
        {
            return null;
        }

        await TrashRows.MarkAsync(db.Asks.Where(a => a.Id == id), now, batch, cancellationToken);
        return $"Ask of {ask.Name} on {ask.AskedOn:d MMM yyyy}";
    }

    private static async Task<string?> TrashReferralAsync(AppDbContext db, int id, DateTime now, Guid batch, CancellationToken cancellationToken)
    {
        var referral = await db.Referrals.Where(r => r.Id == id)
            .Select(r => new { Referrer = r.Referrer.Name, Referred = r.ReferredContact.Name }).FirstOrDefaultAsync(cancellationToken);
        if (referral is null)
        {
            return null;
        }

        await TrashRows.MarkAsync(db.Referrals.Where(r => r.Id == id), now, batch, cancellationToken);
        return $"{referral.Referrer} named {referral.Referred}";
    }

    private static async Task<string?> TrashLeadAsync(AppDbContext db, int id, DateTime now, Guid batch, CancellationToken cancellationToken)
    {
        var lead = await db.JobLeads.Where(l => l.Id == id).Select(l => new { l.Title, Company = l.Company.Name }).FirstOrDefaultAsync(cancellationToken);
        if (lead is null)
        {
            return null;
        }

        await TrashRows.MarkAsync(db.JobLeads.Where(l => l.Id == id), now, batch, cancellationToken);
        return $"{lead.Title} at {lead.Company}";
    }

    internal static async Task<TrashReceipt> AddEntryAsync(
        AppDbContext db, TrashKind kind, int? recordId, string label, int count, DateTime now, Guid batch, CancellationToken cancellationToken)
    {
        var entry = new TrashEntry
        {
            BatchId = batch, Kind = kind, RecordId = recordId, Count = count, TrashedAtUtc = now,
            Label = label.Length > TrashEntry.LabelMaxLength ? label[..TrashEntry.LabelMaxLength] : label,
        };
        db.TrashEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return new TrashReceipt(entry.Id, kind, entry.Label, count);
    }
}
