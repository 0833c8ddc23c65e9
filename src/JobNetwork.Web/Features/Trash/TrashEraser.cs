using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Trash;

/// <summary>
/// Deletes trashed batches for good: the user's "Delete forever" and "Empty trash" (owner filter kept) and the daily
/// purge (every account, all filters ignored). Rows go dependents first; what else points at a deleted contact or
/// company is handled by the foreign keys as on any delete (asks and referrals cascade, lead credits are cleared).
/// </summary>
internal static class TrashEraser
{
    public static async Task EraseAsync(AppDbContext db, IReadOnlyCollection<Guid> batches, IReadOnlyCollection<string>? ignoredFilters, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var companies = await Rows<Company>(db, batches, ignoredFilters).Select(c => c.Id).ToListAsync(cancellationToken);
        // A lead trashed on its own before its company went keeps its own batch; it cannot outlive the company (RESTRICT).
        await Rows<JobLead>(db, batches, ignoredFilters).ExecuteDeleteAsync(cancellationToken);
        await Set<JobLead>(db, ignoredFilters).Where(l => companies.Contains(l.CompanyId)).ExecuteDeleteAsync(cancellationToken);
        await Rows<Ask>(db, batches, ignoredFilters).ExecuteDeleteAsync(cancellationToken);
        await Rows<Referral>(db, batches, ignoredFilters).ExecuteDeleteAsync(cancellationToken);
        await Rows<DailySuggestion>(db, batches, ignoredFilters).ExecuteDeleteAsync(cancellationToken);
        await Rows<ContactCircle>(db, batches, ignoredFilters).ExecuteDeleteAsync(cancellationToken);
        await Rows<ContactTag>(db, batches, ignoredFilters).ExecuteDeleteAsync(cancellationToken);
        await Rows<Contact>(db, batches, ignoredFilters).ExecuteDeleteAsync(cancellationToken);
        await Rows<Circle>(db, batches, ignoredFilters).ExecuteDeleteAsync(cancellationToken);
        await Rows<Company>(db, batches, ignoredFilters).ExecuteDeleteAsync(cancellationToken);
        await Set<ContactMerge>(db, ignoredFilters).Where(m => batches.Contains(m.BatchId)).ExecuteDeleteAsync(cancellationToken);
        await Set<TrashEntry>(db, ignoredFilters).Where(e => batches.Contains(e.BatchId)).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static IQueryable<T> Rows<T>(AppDbContext db, IReadOnlyCollection<Guid> batches, IReadOnlyCollection<string>? ignoredFilters)
        where T : class, ITrashable =>
        Set<T>(db, ignoredFilters).Where(TrashRows.BatchIs<T>(batches));

    /// <summary>Null ignores every filter (the purge, across accounts); otherwise only the named ones.</summary>
    private static IQueryable<T> Set<T>(AppDbContext db, IReadOnlyCollection<string>? ignoredFilters) where T : class =>
        ignoredFilters is null ? db.Set<T>().IgnoreQueryFilters() : db.Set<T>().IgnoreQueryFilters(ignoredFilters);
}
