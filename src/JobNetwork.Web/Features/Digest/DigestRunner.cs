using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Settings;
using JobNetwork.Web.Features.Today;
using JobNetwork.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JobNetwork.Web.Features.Digest;

/// <summary>
/// Sends each opted-in user the day's suggestions once a day, at or after their chosen hour in their own time zone.
/// A send is recorded only after the server accepted it, so a mail server that is down means a retry, never a loss.
/// </summary>
public sealed class DigestRunner(
    IServiceScopeFactory scopes, IDigestSender sender, WebhookSender webhooks, IOptions<SmtpOptions> smtp, IConfiguration configuration,
    TimeProvider clock, ILogger<DigestRunner> logger)
{
    /// <returns>How many messages (emails and webhook calls) were delivered.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken) =>
        await SendEmailsAsync(cancellationToken) + await CallWebhooksAsync(cancellationToken);

    private async Task<int> CallWebhooksAsync(CancellationToken cancellationToken)
    {
        List<(string UserId, string Url, string TimeZoneId, int Hour, DateOnly? LastSent)> due;
        await using (var scope = scopes.CreateAsyncScope())
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            due = (await db.JobSearchSettings.IgnoreQueryFilters().Where(s => s.WebhookUrl != null)
                .Select(s => new { s.OwnerId, s.WebhookUrl, s.TimeZoneId, s.EmailDigestHour, s.LastWebhookSentOn }).ToListAsync(cancellationToken))
                .Select(x => (x.OwnerId, x.WebhookUrl!, x.TimeZoneId, x.EmailDigestHour, x.LastWebhookSentOn)).ToList();
        }

        var sent = 0;
        foreach (var user in due)
        {
            var zone = SettingsService.FindTimeZone(user.TimeZoneId);
            var today = UserClock.Today(zone, clock);
            if (user.LastSent == today || TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).Hour < user.Hour)
            {
                continue;
            }

            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(user.UserId);
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancellationToken);
            try
            {
                var suggestions = (await scope.ServiceProvider.GetRequiredService<TodayService>().GetAsync(cancellationToken)).Suggestions;
                await webhooks.SendAsync(user.Url, today, suggestions, cancellationToken);
                await db.JobSearchSettings.ExecuteUpdateAsync(
                    u => u.SetProperty(s => s.LastWebhookSentOn, today).SetProperty(s => s.LastWebhookError, (string?)null), cancellationToken);
                sent++;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                var error = $"{clock.GetUtcNow():yyyy-MM-dd HH:mm} UTC: {ex.Message}";
                await db.JobSearchSettings.ExecuteUpdateAsync(u => u.SetProperty(s => s.LastWebhookError, error[..Math.Min(error.Length, 500)]), cancellationToken);
                logger.LogWarning(ex, "The webhook for user {UserId} failed; it will be retried.", user.UserId);
            }
        }

        return sent;
    }

    private async Task<int> SendEmailsAsync(CancellationToken cancellationToken)
    {
        if (!smtp.Value.IsConfigured)
        {
            return 0;
        }

        List<(string UserId, string? Email, string TimeZoneId, int Hour, DateOnly? LastSent)> optedIn;
        await using (var scope = scopes.CreateAsyncScope())
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            // The one place that reads every account's settings: deciding whose email is due.
            optedIn = (await db.JobSearchSettings.IgnoreQueryFilters().Where(s => s.EmailDigestEnabled)
                .Join(db.Users, s => s.OwnerId, u => u.Id, (s, u) => new { s.OwnerId, u.Email, s.TimeZoneId, s.EmailDigestHour, s.LastDigestSentOn })
                .ToListAsync(cancellationToken))
                .Select(x => (x.OwnerId, x.Email, x.TimeZoneId, x.EmailDigestHour, x.LastDigestSentOn)).ToList();
        }

        var sent = 0;
        foreach (var user in optedIn.Where(u => !string.IsNullOrEmpty(u.Email)))
        {
            var zone = SettingsService.FindTimeZone(user.TimeZoneId);
            var localNow = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone);
            var today = UserClock.Today(zone, clock);
            if (user.LastSent == today || localNow.Hour < user.Hour)
            {
                continue;
            }

            try
            {
                await SendOneAsync(user.UserId, user.Email!, today, cancellationToken);
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "The daily email for user {UserId} could not be sent; it will be retried.", user.UserId);
            }
        }

        return sent;
    }

    private async Task SendOneAsync(string userId, string email, DateOnly today, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(userId);
        var suggestions = (await scope.ServiceProvider.GetRequiredService<TodayService>().GetAsync(cancellationToken)).Suggestions;
        var message = DigestMessage.Build(smtp.Value.From, email, today, suggestions, configuration["BaseUrl"]);
        await sender.SendAsync(message, cancellationToken);

        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancellationToken);
        await db.JobSearchSettings.ExecuteUpdateAsync(u => u.SetProperty(s => s.LastDigestSentOn, today), cancellationToken);
        logger.LogInformation("Sent the daily email for {Day} to user {UserId}.", today, userId);
    }
}

/// <summary>Checks every minute whose daily email is due.</summary>
public sealed class DailyDigestWorker(DigestRunner runner, ILogger<DailyDigestWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        do
        {
            try
            {
                await runner.RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The daily email check failed; it will run again in a minute.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
