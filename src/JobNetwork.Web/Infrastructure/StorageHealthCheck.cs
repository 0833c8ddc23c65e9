using JobNetwork.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JobNetwork.Web.Infrastructure;

/// <summary>
/// Unhealthy when the database cannot be written: it takes and releases the write lock (which a read-only file or
/// folder refuses, and which writes nothing), and it reports the last write that failed for lack of storage (a full
/// disk shows only when a write needs space) until a write succeeds again. The lock is taken at most once per
/// <see cref="WriteProbeSchedule.Interval"/>, so a stream of anonymous /healthz calls cannot queue up behind (or in
/// front of) the users' writes.
/// </summary>
public sealed class StorageHealthCheck(StorageMonitor monitor, IDbContextFactory<AppDbContext> contextFactory, WriteProbeSchedule schedule) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (monitor.LastFailure is { } failure)
        {
            return HealthCheckResult.Unhealthy($"Database writes are failing since {failure.At:u}: {failure.Message}");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!db.Database.IsSqlite())
        {
            return HealthCheckResult.Healthy();
        }

        if (!schedule.IsProbeDue(monitor.FailedCommands))
        {
            return HealthCheckResult.Healthy();
        }

        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "BEGIN IMMEDIATE; ROLLBACK;";
            await command.ExecuteNonQueryAsync(cancellationToken);
            schedule.Passed(monitor.FailedCommands);
            return HealthCheckResult.Healthy();
        }
        catch (SqliteException exception) when (StorageFailure.Describe(exception) is { } message)
        {
            return HealthCheckResult.Unhealthy($"The database cannot be written: {message}", exception);
        }
    }
}

/// <summary>
/// When the health check last took the write lock successfully; one per app. A probe is due after the interval, or
/// at once after any database command failed since (a read-only file shows at the next call).
/// </summary>
public sealed class WriteProbeSchedule(TimeProvider clock)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    private long lastPassedTicks;
    private long failuresAtLastPass = -1;

    public bool IsProbeDue(long failedCommands) =>
        failedCommands != Interlocked.Read(ref failuresAtLastPass)
        || clock.GetUtcNow().UtcTicks - Interlocked.Read(ref lastPassedTicks) >= Interval.Ticks;

    public void Passed(long failedCommands)
    {
        Interlocked.Exchange(ref failuresAtLastPass, failedCommands);
        Interlocked.Exchange(ref lastPassedTicks, clock.GetUtcNow().UtcTicks);
    }
}
