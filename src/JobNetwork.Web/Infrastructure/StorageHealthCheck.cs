using JobNetwork.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JobNetwork.Web.Infrastructure;

/// <summary>
/// Unhealthy when the database cannot be written: it takes and releases the write lock (which a read-only file or
/// folder refuses, and which writes nothing), and it reports the last write that failed for lack of storage (a full
/// disk shows only when a write needs space) until a write succeeds again. The lock is taken at most once per
/// <see cref="ProbeInterval"/> across all callers; in between, the last probe's finding is reported.
/// </summary>
public sealed class StorageHealthCheck(StorageMonitor monitor, IDbContextFactory<AppDbContext> contextFactory) : IHealthCheck
{
    public static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(30);

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

        if (!monitor.ClaimProbe(ProbeInterval))
        {
            return monitor.LastProbeFailure is { } found
                ? HealthCheckResult.Unhealthy($"The database cannot be written: {found}")
                : HealthCheckResult.Healthy();
        }

        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "BEGIN IMMEDIATE; ROLLBACK;";
            await command.ExecuteNonQueryAsync(cancellationToken);
            monitor.Probed(null);
            return HealthCheckResult.Healthy();
        }
        catch (SqliteException exception) when (StorageFailure.Describe(exception) is { } message)
        {
            monitor.Probed(message);
            return HealthCheckResult.Unhealthy($"The database cannot be written: {message}", exception);
        }
    }
}
