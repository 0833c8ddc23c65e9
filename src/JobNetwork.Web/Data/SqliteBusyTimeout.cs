using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JobNetwork.Web.Data;

/// <summary>
/// Lets SQLite itself wait for the write lock (it retries within milliseconds) instead of Microsoft.Data.Sqlite's
/// fallback, which sleeps 150 ms between tries: with 16 concurrent writers that fallback cut throughput to a crawl.
/// The wait is as long as the command timeout, so a writer queues rather than sees SQLITE_BUSY.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    private const int WaitMilliseconds = 30_000;

    public static SqliteBusyTimeout Instance { get; } = new();

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
            using var command = sqlite.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout = {WaitMilliseconds};";
            command.ExecuteNonQuery();
        }
    }
}
