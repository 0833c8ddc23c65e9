using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JobNetwork.Web.Data;

/// <summary>
/// SQLite's built-in lower() only folds A–Z, so "ÅNGSTRÖM" would never match "ångström". Searches compare
/// lower(column) with a term lowered in .NET, so SQLite gets .NET's full Unicode lower() on every connection.
/// </summary>
public sealed class SqliteUnicodeLower : DbConnectionInterceptor
{
    public static SqliteUnicodeLower Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction("lower", (string? text) => text?.ToLowerInvariant(), isDeterministic: true);
        }
    }
}
