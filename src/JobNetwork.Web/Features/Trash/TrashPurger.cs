using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Trash;

/// <summary>
/// Once a day deletes, for every account, what has been in the Trash longer than <see cref="TrashEntry.KeptFor"/>.
/// Several instances may run this at once (PostgreSQL deployments): like the daily digest, the day is first claimed
/// with a conditional UPDATE of <see cref="InstanceSettings.LastTrashPurgeOn"/> that only one instance can win.
/// </summary>
public sealed class TrashPurger(IServiceScopeFactory scopes, TimeProvider clock, ILogger<TrashPurger> logger)
{
    /// <returns>How many Trash entries were purged; 0 also when another instance already purged today.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        if (!await ClaimAsync(db, today, cancellationToken))
        {
            return 0;
        }

        // The one place that reads every account's Trash: deciding what has expired.
        var cutoff = now - TrashEntry.KeptFor;
        var expired = await db.TrashEntries.IgnoreQueryFilters().Where(e => e.TrashedAtUtc < cutoff).Select(e => e.BatchId).ToListAsync(cancellationToken);
        foreach (var chunk in expired.Chunk(200))
        {
            await TrashEraser.EraseAsync(db, chunk, ignoredFilters: null, cancellationToken);
        }

        if (expired.Count > 0)
        {
            logger.LogInformation("Purged {Count} Trash entries older than {Days} days.", expired.Count, TrashEntry.KeptFor.TotalDays);
        }

        return expired.Count;
    }

    /// <summary>Marks today purged unless another instance already did; true when this call won.</summary>
    private static async Task<bool> ClaimAsync(AppDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        if (!await db.InstanceSettings.AnyAsync(s => s.Id == InstanceSettings.SingletonId, cancellationToken))
        {
            try
            {
                db.InstanceSettings.Add(new InstanceSettings());
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance created the row first; the claim below decides who purges.
            }

            db.ChangeTracker.Clear();
        }

        return await db.InstanceSettings
            .Where(s => s.Id == InstanceSettings.SingletonId && s.LastTrashPurgeOn != today)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LastTrashPurgeOn, today), cancellationToken) == 1;
    }
}

/// <summary>Checks every hour whether today's purge has run.</summary>
public sealed class TrashPurgeWorker(TrashPurger purger, ILogger<TrashPurgeWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                await purger.RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The Trash purge failed; it will run again in an hour.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
