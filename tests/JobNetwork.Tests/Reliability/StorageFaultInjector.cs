using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JobNetwork.Tests.Reliability;

public enum StorageFault
{
    None,
    /// <summary><c>PRAGMA query_only</c>: every write fails with SQLITE_READONLY, as in a read-only data folder, even for root.</summary>
    ReadOnly,
    /// <summary><c>PRAGMA max_page_count</c> pinned to the current size: a write needing a new page fails with SQLITE_FULL.</summary>
    DiskFull,
}

/// <summary>
/// Simulates a read-only data folder or a full disk on every connection the app opens. chmod cannot do it (the CI runs
/// as root) and no tmpfs or loop device is available, so the fault is set per connection with a pragma.
/// </summary>
public sealed class StorageFaultInjector : DbConnectionInterceptor
{
    public StorageFault Fault { get; set; }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        switch (Fault)
        {
            case StorageFault.ReadOnly:
                command.CommandText = "PRAGMA query_only = 1;";
                command.ExecuteNonQuery();
                break;
            case StorageFault.DiskFull:
                command.CommandText = "PRAGMA query_only = 0;";
                command.ExecuteNonQuery();
                command.CommandText = "PRAGMA page_count;";
                var pages = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
                command.CommandText = $"PRAGMA max_page_count = {pages};";
                command.ExecuteScalar();
                break;
            default:
                // Pooled connections keep pragmas: undo both.
                command.CommandText = "PRAGMA query_only = 0;";
                command.ExecuteNonQuery();
                command.CommandText = "PRAGMA max_page_count = 4294967294;";
                command.ExecuteScalar();
                break;
        }
    }
}
