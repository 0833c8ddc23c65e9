using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JobNetwork.Web.Data;

/// <summary>
/// Remembers whether the last write reached the disk, so <c>/healthz</c> can report a full disk or read-only data
/// folder (reads keep working in both cases, so a read-only probe would not notice). The next successful write clears it.
/// </summary>
public sealed class StorageMonitor(TimeProvider clock, ILogger<StorageMonitor> logger)
{
    private volatile Failure? lastFailure;
    private volatile string? lastProbeFailure;
    private long nextProbeAtTicks;

    public sealed record Failure(string Message, DateTimeOffset At);

    public Failure? LastFailure => lastFailure;

    /// <summary>What the last write probe found (null: writable).</summary>
    public string? LastProbeFailure => lastProbeFailure;

    /// <summary>
    /// True for exactly one caller per interval: the probe takes SQLite's write lock, so an anonymous client calling
    /// <c>/healthz</c> in a loop must not take it on every call.
    /// </summary>
    public bool ClaimProbe(TimeSpan interval)
    {
        var now = clock.GetUtcNow().UtcTicks;
        var due = Interlocked.Read(ref nextProbeAtTicks);
        return now >= due && Interlocked.CompareExchange(ref nextProbeAtTicks, now + interval.Ticks, due) == due;
    }

    public void Probed(string? failure) => lastProbeFailure = failure;

    public void Failed(Exception exception)
    {
        if (StorageFailure.Describe(exception) is not { } message)
        {
            return;
        }

        lastFailure = new Failure(message, clock.GetUtcNow());
        logger.LogError(exception, "A database write failed for lack of storage: {Message}", message);
    }

    public void Succeeded()
    {
        if (lastFailure is not null)
        {
            lastFailure = null;
            logger.LogInformation("Database writes succeed again.");
        }
    }
}

/// <summary>Feeds <see cref="StorageMonitor"/> from every command, transaction and save that EF runs.</summary>
public sealed class StorageMonitorInterceptor(StorageMonitor monitor) : IDbCommandInterceptor, IDbTransactionInterceptor, ISaveChangesInterceptor
{
    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => monitor.Failed(eventData.Exception);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        monitor.Failed(eventData.Exception);
        return Task.CompletedTask;
    }

    // A read-only data folder refuses BEGIN IMMEDIATE itself, and EF reports no failure for a transaction that never
    // started: begin it here so that failure is seen too.
    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        if (result.HasResult)
        {
            return result;
        }

        try
        {
            return InterceptionResult<DbTransaction>.SuppressWithResult(connection.BeginTransaction(eventData.IsolationLevel));
        }
        catch (DbException exception)
        {
            monitor.Failed(exception);
            throw;
        }
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (result.HasResult)
        {
            return result;
        }

        try
        {
            return InterceptionResult<DbTransaction>.SuppressWithResult(await connection.BeginTransactionAsync(eventData.IsolationLevel, cancellationToken));
        }
        catch (DbException exception)
        {
            monitor.Failed(exception);
            throw;
        }
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => monitor.Failed(eventData.Exception);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        monitor.Failed(eventData.Exception);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => monitor.Succeeded();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        monitor.Succeeded();
        return Task.CompletedTask;
    }

    // A save with nothing to write proves nothing about the disk: only a save that wrote rows clears the failure.
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (result > 0)
        {
            monitor.Succeeded();
        }

        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (result > 0)
        {
            monitor.Succeeded();
        }

        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => monitor.Failed(eventData.Exception);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        monitor.Failed(eventData.Exception);
        return Task.CompletedTask;
    }
}
