using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Data;

/// <summary>
/// Brings the database to the current model at start-up. EF Core takes a row lock in <c>__EFMigrationsLock</c>
/// while migrating; a process killed mid-migration leaves that row behind and every later start would wait on it
/// forever. On SQLite only this instance uses the file, so a lock that outlives <paramref name="lockTimeout"/> is stale.
/// </summary>
public sealed class DatabaseMigrator(
    IDbContextFactory<AppDbContext> contextFactory, ILogger<DatabaseMigrator> logger, Features.Backups.BackupService? backups = null)
{
    private const string LockTable = "__EFMigrationsLock";

    public async Task MigrateAsync(TimeSpan lockTimeout, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await UseWriteAheadLogAsync(db, cancellationToken);
            await ClearStaleLockAsync(db, lockTimeout, cancellationToken);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await MigrationProblems.RefuseNewerDatabaseAsync(db, cancellationToken);
        if (pending.Count > 0)
        {
            await BackUpExistingDatabaseAsync(db, cancellationToken);
            logger.LogInformation("Applying {Count} database migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        }

        try
        {
            if (db.Database.IsSqlite())
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            else
            {
                await MigrateHoldingSessionLockAsync(db, cancellationToken);
            }
        }
        catch (SqliteException exception)
        {
            throw MigrationProblems.Explain(exception, pending, db.Database.GetDbConnection().DataSource);
        }
    }

    /// <summary>
    /// Npgsql's own migration lock lasts one migration's transaction: with two pending migrations, two instances
    /// starting together each read the history before the other's second migration and both applied it (the second
    /// failed on an index the first had dropped). A session advisory lock held across the whole run serialises them.
    /// </summary>
    private static async Task MigrateHoldingSessionLockAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(81842251130228);" /* "JobNet" */, cancellationToken);
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(81842251130228);", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>An upgrade that goes wrong must leave a way back: copy a database that already holds data before changing its schema.</summary>
    private async Task BackUpExistingDatabaseAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (backups is null || !db.Database.IsSqlite() || !(await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any())
        {
            return;
        }

        var backup = await backups.CreateAsync("before-migration", cancellationToken);
        logger.LogInformation("Backed up the database to {Name} before migrating it.", backup.Name);
    }

    private static async Task UseWriteAheadLogAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        // WAL persists in the file: readers never block the writer, and a crash cannot tear a committed transaction.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            await command.ExecuteScalarAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task ClearStaleLockAsync(AppDbContext db, TimeSpan lockTimeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + lockTimeout;
        while (await LockIsHeldAsync(db, cancellationToken))
        {
            if (DateTime.UtcNow >= deadline)
            {
                logger.LogWarning(
                    "The migration lock in {Table} was still held after {Seconds} s; treating it as left behind by a stopped process and removing it.",
                    LockTable, lockTimeout.TotalSeconds);
                await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{LockTable}\";", cancellationToken);
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }

    private static async Task<bool> LockIsHeldAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{LockTable}';";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return false;
            }

            command.CommandText = $"SELECT count(*) FROM \"{LockTable}\";";
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0;
        }
        catch (SqliteException)
        {
            return false;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
