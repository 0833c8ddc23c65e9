using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Data;

/// <summary>
/// Start-up's words for a database it cannot bring up to date, so whoever runs the instance knows exactly what to do
/// instead of reading an EF stack trace. Each migration runs in its own transaction, so a migration killed halfway
/// rolls back; these cover the cases a transaction cannot: a file edited by hand or restored from a mismatched copy,
/// and a file written by a newer version of the app.
/// </summary>
public static class MigrationProblems
{
    public static async Task RefuseNewerDatabaseAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            throw new DatabaseMigrationException(
                $"The database {db.Database.GetDbConnection().DataSource} was written by a newer version of JobNetwork " +
                $"(it has migration(s) this version does not know: {string.Join(", ", unknown)}). Nothing was changed. " +
                "Run the newer version again, or restore a backup taken before the upgrade.");
        }
    }

    public static DatabaseMigrationException Explain(SqliteException exception, IReadOnlyList<string> pending, string databaseFile)
    {
        var first = pending.Count > 0 ? pending[0] : "(none pending)";
        return new DatabaseMigrationException(
            $"Updating the database {databaseFile} failed in migration {first}: {exception.Message} " +
            "The failed migration was rolled back, and the file is as it was before this start. " +
            "If the message says a table, column or index already exists, the file's schema is ahead of its migration " +
            "history (__EFMigrationsHistory): it was edited by hand or restored from a copy of another version. " +
            "Restore the backup taken before the upgrade (stop the app, copy the backup over the database file, start again), " +
            "or export your data from a working version and import it into a fresh data folder.",
            exception);
    }
}

/// <summary>Start-up cannot bring the database to this version; the message says what to do.</summary>
public sealed class DatabaseMigrationException(string message, Exception? inner = null) : Exception(message, inner);
