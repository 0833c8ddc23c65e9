using System.Text.Json;
using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Trash;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Duplicates;

/// <summary>
/// Merges two contacts into one, in one transaction: the survivor keeps the chosen field values and the union of both
/// circles and tags; every ask, referral (as referrer and as the person named), lead credit and stored suggestion of the
/// other contact moves onto it; the other contact goes to the Trash as a <see cref="TrashKind.Merge"/> entry whose
/// <see cref="ContactMerge"/> record lets Undo (<see cref="ContactMergeUndo"/>) put both back as they were.
/// See docs/decisions (merge and undo).
/// </summary>
public sealed class MergeService(IDbContextFactory<AppDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>Both contacts for the side-by-side view; null unless both are the user's, live, and different.</summary>
    public async Task<MergeCandidate?> LoadAsync(int survivorId, int duplicateId, CancellationToken cancellationToken)
    {
        if (survivorId == duplicateId)
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var survivor = await LoadSideAsync(db, survivorId, cancellationToken);
        var duplicate = await LoadSideAsync(db, duplicateId, cancellationToken);
        return survivor is null || duplicate is null ? null : new MergeCandidate(survivor, duplicate);
    }

    public async Task<MergeResult> MergeAsync(MergeRequest request, CancellationToken cancellationToken)
    {
        if (request.SurvivorId == request.DuplicateId)
        {
            return new MergeResult(MergeStatus.NotFound, "A contact cannot be merged with itself.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var survivor = await db.Contacts.Include(c => c.Memberships).Include(c => c.Tags).AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == request.SurvivorId, cancellationToken);
        var duplicate = await db.Contacts.Include(c => c.Memberships).Include(c => c.Tags).AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == request.DuplicateId, cancellationToken);
        if (survivor is null || duplicate is null)
        {
            return new MergeResult(MergeStatus.NotFound, "One of these contacts no longer exists (merged or deleted elsewhere).");
        }

        if (survivor.Version != request.SurvivorVersion || duplicate.Version != request.DuplicateVersion)
        {
            return new MergeResult(MergeStatus.Conflict, "One of these contacts was changed elsewhere — reload to see the current values.");
        }

        var before = ContactFields.Of(survivor);
        var moves = await MoveRelationsAsync(db, survivor.Id, duplicate.Id, cancellationToken);
        await UnionCirclesAndTagsAsync(db, survivor, duplicate, moves, cancellationToken);
        foreach (var (field, side) in request.Choices)
        {
            MergeFields.Apply(survivor, duplicate, field, side);
        }

        survivor.Version = Guid.NewGuid(); // Also when no field changed: the survivor's relations did.
        db.Entry(survivor).Property(c => c.Version).IsModified = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new MergeResult(MergeStatus.Conflict, "One of these contacts was changed elsewhere — reload to see the current values.");
        }

        var (now, batch) = (clock.GetUtcNow().UtcDateTime, Guid.NewGuid());
        await TrashService.MarkContactsAsync(db, [duplicate.Id], now, batch, cancellationToken);
        db.ContactMerges.Add(new ContactMerge
        {
            BatchId = batch, SurvivorId = survivor.Id, DuplicateId = duplicate.Id, MergedAtUtc = now,
            SurvivorBefore = JsonSerializer.Serialize(before), SurvivorVersionAfter = survivor.Version, Moved = JsonSerializer.Serialize(moves),
        });
        var receipt = await TrashService.AddEntryAsync(db, TrashKind.Merge, duplicate.Id, $"{duplicate.Name}, merged into {survivor.Name}", 1, now, batch, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new MergeResult(MergeStatus.Merged, $"Merged {duplicate.Name} into {survivor.Name}.", receipt);
    }

    private static async Task<MergeSideView?> LoadSideAsync(AppDbContext db, int id, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.AsNoTracking()
            .Include(c => c.Company).Include(c => c.Memberships).ThenInclude(m => m.Circle).Include(c => c.Tags)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contact is null)
        {
            return null;
        }

        var asks = await db.Asks.CountAsync(a => a.ContactId == id, cancellationToken);
        var referrals = await db.Referrals.CountAsync(r => r.ReferrerId == id || r.ReferredContactId == id, cancellationToken);
        var leads = await db.JobLeads.CountAsync(l => l.SourceContactId == id || l.InterviewerContactId == id, cancellationToken);
        return new MergeSideView(contact, asks, referrals, leads);
    }

    /// <summary>
    /// Points every row of the duplicate at the survivor, trashed ones included (they belong to the same person). A referral
    /// between the two would become one person naming themselves: it stays with the duplicate and goes to the Trash with it.
    /// </summary>
    private static async Task<MergeMoves> MoveRelationsAsync(AppDbContext db, int survivorId, int duplicateId, CancellationToken cancellationToken)
    {
        var asks = db.Asks.IgnoreQueryFilters(AppDbContext.TrashOnly).Where(a => a.ContactId == duplicateId);
        var referrals = db.Referrals.IgnoreQueryFilters(AppDbContext.TrashOnly);
        var given = referrals.Where(r => r.ReferrerId == duplicateId && r.ReferredContactId != survivorId);
        var received = referrals.Where(r => r.ReferredContactId == duplicateId && r.ReferrerId != survivorId);
        var leads = db.JobLeads.IgnoreQueryFilters(AppDbContext.TrashOnly);
        var sourced = leads.Where(l => l.SourceContactId == duplicateId);
        var interviewed = leads.Where(l => l.InterviewerContactId == duplicateId);
        var suggestions = db.DailySuggestions.IgnoreQueryFilters(AppDbContext.TrashOnly).Where(s => s.ContactId == duplicateId);

        var moves = new MergeMoves(
            await asks.Select(a => a.Id).ToListAsync(cancellationToken),
            await given.Select(r => r.Id).ToListAsync(cancellationToken),
            await received.Select(r => r.Id).ToListAsync(cancellationToken),
            await sourced.Select(l => l.Id).ToListAsync(cancellationToken),
            await interviewed.Select(l => l.Id).ToListAsync(cancellationToken),
            await suggestions.Select(s => s.Id).ToListAsync(cancellationToken),
            [], []);
        await asks.ExecuteUpdateAsync(u => u.SetProperty(a => a.ContactId, survivorId), cancellationToken);
        await given.ExecuteUpdateAsync(u => u.SetProperty(r => r.ReferrerId, survivorId), cancellationToken);
        await received.ExecuteUpdateAsync(u => u.SetProperty(r => r.ReferredContactId, survivorId), cancellationToken);
        await sourced.ExecuteUpdateAsync(u => u.SetProperty(l => l.SourceContactId, survivorId), cancellationToken);
        await interviewed.ExecuteUpdateAsync(u => u.SetProperty(l => l.InterviewerContactId, survivorId), cancellationToken);
        await suggestions.ExecuteUpdateAsync(u => u.SetProperty(s => s.ContactId, survivorId), cancellationToken);
        return moves;
    }

    /// <summary>
    /// The survivor joins the duplicate's circles and gets its tags as new rows (the duplicate keeps its own, trashed with
    /// it, so Undo restores them untouched). It keeps its primary string; it takes the duplicate's only if it had none.
    /// </summary>
    private static async Task UnionCirclesAndTagsAsync(AppDbContext db, Contact survivor, Contact duplicate, MergeMoves moves, CancellationToken cancellationToken)
    {
        // Trashed rows hold the same keys, so they count as present.
        var circlesHeld = await db.ContactCircles.IgnoreQueryFilters(AppDbContext.TrashOnly)
            .Where(m => m.ContactId == survivor.Id).Select(m => m.CircleId).ToListAsync(cancellationToken);
        var tagsHeld = await db.ContactTags.IgnoreQueryFilters(AppDbContext.TrashOnly)
            .Where(t => t.ContactId == survivor.Id).Select(t => t.Name).ToListAsync(cancellationToken);
        var hasPrimary = survivor.Memberships.Any(m => m.IsPrimary);
        foreach (var membership in duplicate.Memberships.Where(m => !circlesHeld.Contains(m.CircleId)).OrderByDescending(m => m.IsPrimary))
        {
            survivor.Memberships.Add(new ContactCircle { CircleId = membership.CircleId, IsPrimary = !hasPrimary && membership.IsPrimary });
            hasPrimary |= membership.IsPrimary;
            moves.CirclesAdded.Add(membership.CircleId);
        }

        foreach (var tag in duplicate.Tags.Where(t => !tagsHeld.Contains(t.Name, StringComparer.OrdinalIgnoreCase)))
        {
            survivor.Tags.Add(new ContactTag { Name = tag.Name });
            moves.TagsAdded.Add(tag.Name);
        }
    }
}
