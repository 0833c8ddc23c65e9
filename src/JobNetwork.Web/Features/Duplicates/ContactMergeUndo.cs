using System.Text.Json;
using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Duplicates;

/// <summary>
/// Undoes a merge when its Trash entry is restored, inside the restore's transaction: everything the merge moved onto the
/// survivor goes back to the restored contact, the circles and tags it added go, and the survivor gets its own field
/// values back unless it was edited after the merge (then the later edit wins). The Trash restore then brings back the
/// merged-away contact with what was trashed with it.
/// </summary>
internal static class ContactMergeUndo
{
    /// <summary>A merge cannot be undone while the survivor itself is in the Trash: its rows are hidden there.</summary>
    public static async Task<string?> BlockerAsync(AppDbContext db, Guid batch, CancellationToken cancellationToken)
    {
        var survivorId = await db.ContactMerges.Where(m => m.BatchId == batch).Select(m => (int?)m.SurvivorId).FirstOrDefaultAsync(cancellationToken);
        return survivorId is null
            ? null
            : await db.Contacts.IgnoreQueryFilters(AppDbContext.TrashOnly)
                .Where(c => c.Id == survivorId && c.TrashedAtUtc != null).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
    }

    public static async Task MoveBackAsync(AppDbContext db, Guid batch, CancellationToken cancellationToken)
    {
        var merge = await db.ContactMerges.FirstOrDefaultAsync(m => m.BatchId == batch, cancellationToken);
        if (merge is null)
        {
            return;
        }

        var (survivorId, duplicateId) = (merge.SurvivorId, merge.DuplicateId);
        var moved = JsonSerializer.Deserialize<MergeMoves>(merge.Moved)!;
        // Trashed rows move back too: an ask deleted after the merge still belongs to the person it was asked of.
        var asks = db.Asks.IgnoreQueryFilters(AppDbContext.TrashOnly);
        await asks.Where(a => moved.Asks.Contains(a.Id) && a.ContactId == survivorId)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.ContactId, duplicateId), cancellationToken);
        var referrals = db.Referrals.IgnoreQueryFilters(AppDbContext.TrashOnly);
        await referrals.Where(r => moved.ReferralsGiven.Contains(r.Id) && r.ReferrerId == survivorId)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.ReferrerId, duplicateId), cancellationToken);
        await referrals.Where(r => moved.ReferralsReceived.Contains(r.Id) && r.ReferredContactId == survivorId)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.ReferredContactId, duplicateId), cancellationToken);
        var leads = db.JobLeads.IgnoreQueryFilters(AppDbContext.TrashOnly);
        await leads.Where(l => moved.LeadsSourced.Contains(l.Id) && l.SourceContactId == survivorId)
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.SourceContactId, duplicateId), cancellationToken);
        await leads.Where(l => moved.LeadsInterviewed.Contains(l.Id) && l.InterviewerContactId == survivorId)
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.InterviewerContactId, duplicateId), cancellationToken);
        await db.DailySuggestions.IgnoreQueryFilters(AppDbContext.TrashOnly)
            .Where(s => moved.Suggestions.Contains(s.Id) && s.ContactId == survivorId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.ContactId, duplicateId), cancellationToken);
        await db.ContactCircles.IgnoreQueryFilters(AppDbContext.TrashOnly)
            .Where(m => m.ContactId == survivorId && moved.CirclesAdded.Contains(m.CircleId)).ExecuteDeleteAsync(cancellationToken);
        await db.ContactTags.IgnoreQueryFilters(AppDbContext.TrashOnly)
            .Where(t => t.ContactId == survivorId && moved.TagsAdded.Contains(t.Name)).ExecuteDeleteAsync(cancellationToken);
        await KeepOnePrimaryAsync(db, survivorId, cancellationToken);

        var survivor = await db.Contacts.FirstOrDefaultAsync(c => c.Id == survivorId, cancellationToken);
        if (survivor is not null && survivor.Version == merge.SurvivorVersionAfter)
        {
            JsonSerializer.Deserialize<ContactFields>(merge.SurvivorBefore)!.ApplyTo(survivor);
        }

        db.ContactMerges.Remove(merge);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>If the user made an added circle primary after the merge, the lowest remaining circle takes over.</summary>
    private static async Task KeepOnePrimaryAsync(AppDbContext db, int contactId, CancellationToken cancellationToken)
    {
        var memberships = await db.ContactCircles.Where(m => m.ContactId == contactId).OrderBy(m => m.CircleId).ToListAsync(cancellationToken);
        if (memberships.Count > 0 && !memberships.Any(m => m.IsPrimary))
        {
            memberships[0].IsPrimary = true;
        }
    }
}
