using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JobNetwork.Web.Data;

/// <summary>
/// Everything a SQLite connection needs, applied each time one opens.
/// <list type="bullet">
/// <item><c>lower()</c> with .NET's full Unicode folding: SQLite's built-in one only folds A–Z, so "ÅNGSTRÖM" would never
/// match "ångström". Searches compare lower(column) with a term lowered in .NET.</item>
/// <item><c>busy_timeout</c>: SQLite itself waits for the write lock (it retries within milliseconds) instead of
/// Microsoft.Data.Sqlite's fallback, which sleeps 150 ms between tries: with 16 concurrent writers that fallback cut
/// throughput to a crawl. The wait is as long as the command timeout, so a writer queues rather than sees SQLITE_BUSY.</item>
/// <item><c>mmap_size</c>: reads come straight from the operating system's page cache, shared by every pooled
/// connection, instead of each connection's own 2 MB page cache, which a 25 MB database (5,000 contacts, 50,000 asks)
/// overflowed on every dashboard: the page spent more time in read() calls than in SQLite. Writes still go through
/// the WAL, so durability is unchanged.</item>
/// </list>
/// </summary>
public sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    private const int BusyWaitMilliseconds = 30_000;
    private const long MemoryMapBytes = 256L * 1024 * 1024;

    public static SqliteConnectionSetup Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction("lower", (string? text) => text?.ToLowerInvariant(), isDeterministic: true);
            using var command = sqlite.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout = {BusyWaitMilliseconds}; PRAGMA mmap_size = {MemoryMapBytes};";
            command.ExecuteNonQuery();
        }
    }
}
