using System.Linq.Expressions;
using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Trash;

/// <summary>
/// Set-based marking and unmarking of trashed rows. The expressions are built against the entity's own properties
/// (not the <see cref="ITrashable"/> interface) so EF translates them on every provider; the owner filter still
/// applies to every statement, so one account never marks another's rows.
/// </summary>
internal static class TrashRows
{
    public static Task<int> MarkAsync<T>(IQueryable<T> liveRows, DateTime trashedAtUtc, Guid batchId, CancellationToken cancellationToken)
        where T : class, ITrashable =>
        liveRows.ExecuteUpdateAsync(u => u
            .SetProperty(Property<T, DateTime?>(nameof(ITrashable.TrashedAtUtc)), trashedAtUtc)
            .SetProperty(Property<T, Guid?>(nameof(ITrashable.TrashBatchId)), batchId), cancellationToken);

    public static Task<int> UnmarkAsync<T>(AppDbContext db, Guid batchId, CancellationToken cancellationToken)
        where T : class, ITrashable =>
        InBatch<T>(db, batchId).ExecuteUpdateAsync(u => u
            .SetProperty(Property<T, DateTime?>(nameof(ITrashable.TrashedAtUtc)), (DateTime?)null)
            .SetProperty(Property<T, Guid?>(nameof(ITrashable.TrashBatchId)), (Guid?)null), cancellationToken);

    /// <summary>The current user's rows trashed in this batch.</summary>
    public static IQueryable<T> InBatch<T>(AppDbContext db, Guid batchId) where T : class, ITrashable =>
        db.Set<T>().IgnoreQueryFilters(AppDbContext.TrashOnly).Where(BatchIs<T>([batchId]));

    public static Expression<Func<T, bool>> BatchIs<T>(IReadOnlyCollection<Guid> batchIds) where T : class, ITrashable
    {
        var row = Expression.Parameter(typeof(T), "r");
        var batch = Expression.Property(row, nameof(ITrashable.TrashBatchId));
        var ids = batchIds.Select(id => (Guid?)id).ToList();
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid?)], Expression.Constant(ids), batch);
        return Expression.Lambda<Func<T, bool>>(contains, row);
    }

    private static Expression<Func<T, TValue>> Property<T, TValue>(string name)
    {
        var row = Expression.Parameter(typeof(T), "r");
        return Expression.Lambda<Func<T, TValue>>(Expression.Property(row, name), row);
    }
}
