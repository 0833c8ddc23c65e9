using Microsoft.Extensions.Options;

namespace JobNetwork.Web.Features.Backups;

/// <summary>Takes a backup every <see cref="BackupOptions.IntervalHours"/>, counted from the newest backup, so restarts don't skip or double one.</summary>
public sealed class ScheduledBackupWorker(
    BackupService backups, IOptions<BackupOptions> options, TimeProvider clock, ILogger<ScheduledBackupWorker> logger) : BackgroundService
{
    /// <summary>Never in the first minute: start-up (and a container's health check) gets the disk first.</summary>
    private static readonly TimeSpan StartDelay = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.IntervalHours <= 0)
        {
            logger.LogInformation("Scheduled backups are off (Backups:IntervalHours is 0).");
            return;
        }

        var interval = TimeSpan.FromHours(options.Value.IntervalHours);
        await Task.Delay(StartDelay, clock, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var listed = backups.List();
            var newest = listed.Count > 0 ? listed[0].CreatedAtUtc : (DateTime?)null;
            var due = newest is null ? TimeSpan.Zero : newest.Value + interval - clock.GetUtcNow().UtcDateTime;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, clock, stoppingToken);
                continue;
            }

            try
            {
                await backups.CreateAsync("scheduled", stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The scheduled backup failed; it will be tried again in an hour.");
                await Task.Delay(TimeSpan.FromHours(1), clock, stoppingToken);
            }
        }
    }
}
