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

    public sealed record Failure(string Message, DateTimeOffset At);

    public Failure? LastFailure => lastFailure;

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

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        monitor.Succeeded();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        monitor.Succeeded();
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => monitor.Failed(eventData.Exception);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        monitor.Failed(eventData.Exception);
        return Task.CompletedTask;
    }
}
