using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Duplicates;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Trash;

public enum RestoreStatus
{
    Restored,
    /// <summary>The entry is gone (restored in another tab, emptied, or purged).</summary>
    NotFound,
    /// <summary>What it hangs on is itself in the Trash; the message names it.</summary>
    Blocked,
}

public sealed record RestoreResult(RestoreStatus Status, string Message)
{
    public bool Succeeded => Status == RestoreStatus.Restored;
}

public sealed record TrashItem(int EntryId, TrashKind Kind, int? RecordId, string Label, int Count, DateTime TrashedAtUtc, DateTime PurgedAfterUtc);

/// <summary>Reads the Trash, brings a batch back, or deletes it for good.</summary>
public sealed class TrashRestorer(IDbContextFactory<AppDbContext> contextFactory)
{
    public async Task<IReadOnlyList<TrashItem>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entries = await db.TrashEntries.AsNoTracking().OrderByDescending(e => e.TrashedAtUtc).ThenByDescending(e => e.Id).ToListAsync(cancellationToken);
        return entries.Select(e => new TrashItem(e.Id, e.Kind, e.RecordId, e.Label, e.Count, e.TrashedAtUtc, e.TrashedAtUtc + TrashEntry.KeptFor)).ToList();
    }

    /// <summary>Brings back everything deleted together with this entry, in one transaction.</summary>
    public async Task<RestoreResult> RestoreAsync(int entryId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entry = await db.TrashEntries.FirstOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        if (entry is null)
        {
            return new RestoreResult(RestoreStatus.NotFound, "That is no longer in the Trash.");
        }

        var batch = entry.BatchId;
        if (await BlockerAsync(db, entry, cancellationToken) is { } blocker)
        {
            return new RestoreResult(RestoreStatus.Blocked, $"“{entry.Label}” belongs to {blocker}, which is in the Trash too. Restore that first.");
        }

        if (entry.Kind == TrashKind.Merge)
        {
            await ContactMergeUndo.MoveBackAsync(db, batch, cancellationToken);
        }

        await RehomeRowsWhoseOtherParentIsTrashedAsync(db, batch, cancellationToken);
        await YieldPrimaryToTheCurrentOneAsync(db, batch, cancellationToken);
        var restored = 0;
        restored += await TrashRows.UnmarkAsync<Contact>(db, batch, cancellationToken);
        restored += await TrashRows.UnmarkAsync<Company>(db, batch, cancellationToken);
        restored += await TrashRows.UnmarkAsync<Circle>(db, batch, cancellationToken);
        restored += await TrashRows.UnmarkAsync<Ask>(db, batch, cancellationToken);
        restored += await TrashRows.UnmarkAsync<Referral>(db, batch, cancellationToken);
        restored += await TrashRows.UnmarkAsync<JobLead>(db, batch, cancellationToken);
        await TrashRows.UnmarkAsync<ContactCircle>(db, batch, cancellationToken);
        await TrashRows.UnmarkAsync<ContactTag>(db, batch, cancellationToken);
        await TrashRows.UnmarkAsync<DailySuggestion>(db, batch, cancellationToken);
        db.TrashEntries.Remove(entry);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return restored == 0
            ? new RestoreResult(RestoreStatus.NotFound, $"“{entry.Label}” was already deleted for good together with what it belonged to.")
            : new RestoreResult(RestoreStatus.Restored, $"Restored “{entry.Label}”.");
    }

    /// <summary>Deletes this entry's records for good, now.</summary>
    public async Task<bool> DeleteForeverAsync(int entryId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var batch = await db.TrashEntries.Where(e => e.Id == entryId).Select(e => (Guid?)e.BatchId).FirstOrDefaultAsync(cancellationToken);
        if (batch is null)
        {
            return false;
        }

        await TrashEraser.EraseAsync(db, [batch.Value], AppDbContext.TrashOnly, cancellationToken);
        return true;
    }

    /// <summary>Empties the current user's Trash. Returns how many entries were deleted for good.</summary>
    public async Task<int> EmptyAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var batches = await db.TrashEntries.Select(e => e.BatchId).ToListAsync(cancellationToken);
        if (batches.Count > 0)
        {
            await TrashEraser.EraseAsync(db, batches, AppDbContext.TrashOnly, cancellationToken);
        }

        return batches.Count;
    }

    /// <summary>The name of a trashed record this entry's root hangs on (an ask's contact, a lead's company), if any.</summary>
    private static async Task<string?> BlockerAsync(AppDbContext db, TrashEntry entry, CancellationToken cancellationToken)
    {
        var batch = entry.BatchId;
        var trashed = db.Set<Contact>().IgnoreQueryFilters(AppDbContext.TrashOnly).Where(c => c.TrashedAtUtc != null && c.TrashBatchId != batch);
        return entry.Kind switch
        {
            TrashKind.Ask => await TrashRows.InBatch<Ask>(db, batch)
                .Join(trashed, a => a.ContactId, c => c.Id, (a, c) => c.Name).FirstOrDefaultAsync(cancellationToken),
            TrashKind.Referral => await TrashRows.InBatch<Referral>(db, batch)
                .Join(trashed, r => r.ReferrerId, c => c.Id, (r, c) => c.Name)
                .Concat(TrashRows.InBatch<Referral>(db, batch).Join(trashed, r => r.ReferredContactId, c => c.Id, (r, c) => c.Name))
                .FirstOrDefaultAsync(cancellationToken),
            TrashKind.JobLead => await TrashRows.InBatch<JobLead>(db, batch)
                .Join(db.Companies.IgnoreQueryFilters(AppDbContext.TrashOnly).Where(c => c.TrashedAtUtc != null && c.TrashBatchId != batch),
                    l => l.CompanyId, c => c.Id, (l, c) => c.Name)
                .FirstOrDefaultAsync(cancellationToken),
            TrashKind.Merge => await ContactMergeUndo.BlockerAsync(db, batch, cancellationToken),
            _ => null,
        };
    }

    /// <summary>
    /// A membership or referral hangs on two records. If the other one was trashed later (in another batch), the row
    /// stays in the Trash and moves to that batch, so it returns with that record rather than pointing at a hidden one.
    /// </summary>
    private static async Task RehomeRowsWhoseOtherParentIsTrashedAsync(AppDbContext db, Guid batch, CancellationToken cancellationToken)
    {
        var contacts = db.Contacts.IgnoreQueryFilters(AppDbContext.TrashOnly);
        var circles = db.Circles.IgnoreQueryFilters(AppDbContext.TrashOnly);
        var memberships = await TrashRows.InBatch<ContactCircle>(db, batch)
            .Select(m => new
            {
                Membership = m,
                OtherBatch = contacts.Where(c => c.Id == m.ContactId && c.TrashBatchId != null && c.TrashBatchId != batch).Select(c => c.TrashBatchId).FirstOrDefault()
                    ?? circles.Where(c => c.Id == m.CircleId && c.TrashBatchId != null && c.TrashBatchId != batch).Select(c => c.TrashBatchId).FirstOrDefault(),
            })
            .Where(x => x.OtherBatch != null)
            .ToListAsync(cancellationToken);
        memberships.ForEach(x => x.Membership.TrashBatchId = x.OtherBatch);

        var referrals = await TrashRows.InBatch<Referral>(db, batch)
            .Select(r => new
            {
                Referral = r,
                OtherBatch = contacts.Where(c => (c.Id == r.ReferrerId || c.Id == r.ReferredContactId) && c.TrashBatchId != null && c.TrashBatchId != batch)
                    .Select(c => c.TrashBatchId).FirstOrDefault(),
            })
            .Where(x => x.OtherBatch != null)
            .ToListAsync(cancellationToken);
        referrals.ForEach(x => x.Referral.TrashBatchId = x.OtherBatch);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A restored membership stays primary only if its contact has no primary string now.</summary>
    private static async Task YieldPrimaryToTheCurrentOneAsync(AppDbContext db, Guid batch, CancellationToken cancellationToken)
    {
        var live = db.ContactCircles.IgnoreQueryFilters(AppDbContext.TrashOnly).Where(m => m.TrashedAtUtc == null && m.IsPrimary);
        await TrashRows.InBatch<ContactCircle>(db, batch)
            .Where(m => m.IsPrimary && live.Any(o => o.ContactId == m.ContactId))
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.IsPrimary, false), cancellationToken);
    }
}
