using System.Linq.Expressions;
using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Admin;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Push;
using JobNetwork.Web.Features.Settings;
using JobNetwork.Web.Features.Today;
using JobNetwork.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JobNetwork.Web.Features.Digest;

/// <summary>
/// Sends each opted-in user the day's suggestions once a day, at or after their chosen hour in their own time zone.
/// Several instances may run this at once (PostgreSQL deployments): each send is first claimed by marking the day
/// sent with a conditional UPDATE, which only one instance can win; a failed send gives the day back, so a mail
/// server that is down means a retry, never a loss. Only a process killed between claim and send skips that day.
/// </summary>
public sealed class DigestRunner(
    IServiceScopeFactory scopes, IDigestSender sender, WebhookSender webhooks, PushRunner push, IOptions<SmtpOptions> smtp, IConfiguration configuration,
    TimeProvider clock, ILogger<DigestRunner> logger)
{
    private readonly WebhookBackoff webhookBackoff = new(clock);

    /// <returns>How many messages (emails, webhook calls and users' push notifications) were delivered.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken) =>
        await SendEmailsAsync(cancellationToken) + await CallWebhooksAsync(cancellationToken) + await push.RunOnceAsync(cancellationToken);

    private async Task<int> SendEmailsAsync(CancellationToken cancellationToken)
    {
        if (!smtp.Value.IsConfigured)
        {
            return 0;
        }

        List<Recipient> optedIn;
        await using (var scope = scopes.CreateAsyncScope())
        await using (var db = await scope.CreateDbContextAsync(cancellationToken))
        {
            // The one place that reads every account's settings: deciding whose email is due. Only confirmed addresses
            // (nobody can have the server mail a stranger daily) of accounts that exist and are not disabled.
            optedIn = (await db.JobSearchSettings.IgnoreQueryFilters().Where(s => s.EmailDigestEnabled)
                .Join(db.Users.Where(u => u.EmailConfirmed), s => s.OwnerId, u => u.Id, (s, u) => new
                {
                    Recipient = new Recipient(s.OwnerId, u.Email, s.TimeZoneId, s.EmailDigestHour, s.LastDigestSentOn),
                    u.LockoutEnd,
                })
                .ToListAsync(cancellationToken))
                .Where(r => !AdminService.IsDisabled(r.LockoutEnd)).Select(r => r.Recipient).ToList();
        }

        var sent = 0;
        foreach (var user in optedIn.Where(u => !string.IsNullOrEmpty(u.Address)))
        {
            if (!IsDue(user, out var today))
            {
                continue;
            }

            await using var scope = scopes.CreateScopeActingAs(user.UserId);
            await using var db = await scope.CreateDbContextAsync(cancellationToken);
            if (!await ClaimAsync(db.JobSearchSettings.Where(s => s.LastDigestSentOn != today), s => s.LastDigestSentOn, today, cancellationToken))
            {
                continue;
            }

            try
            {
                var suggestions = (await scope.ServiceProvider.GetRequiredService<TodayService>().GetAsync(cancellationToken)).Suggestions;
                var thankYous = await scope.ServiceProvider.GetRequiredService<ThankYouService>().DueAsync(cancellationToken);
                await sender.SendAsync(DigestMessage.Build(smtp.Value.From, user.Address!, today, suggestions, configuration["BaseUrl"], thankYous), cancellationToken);
                logger.LogInformation("Sent the daily email for {Day} to user {UserId}.", today, user.UserId);
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await ReleaseAsync(db.JobSearchSettings.Where(s => s.LastDigestSentOn == today), s => s.LastDigestSentOn, user.LastSent);
                logger.LogWarning(ex, "The daily email for user {UserId} could not be sent; it will be retried.", user.UserId);
            }
        }

        return sent;
    }

    private async Task<int> CallWebhooksAsync(CancellationToken cancellationToken)
    {
        List<Recipient> due;
        await using (var scope = scopes.CreateAsyncScope())
        await using (var db = await scope.CreateDbContextAsync(cancellationToken))
        {
            // Joined to the users, so a deleted or disabled account's webhook is never called again.
            due = (await db.JobSearchSettings.IgnoreQueryFilters().Where(s => s.WebhookUrl != null)
                .Join(db.Users, s => s.OwnerId, u => u.Id, (s, u) => new
                {
                    Recipient = new Recipient(s.OwnerId, s.WebhookUrl, s.TimeZoneId, s.EmailDigestHour, s.LastWebhookSentOn),
                    u.LockoutEnd,
                })
                .ToListAsync(cancellationToken))
                .Where(r => !AdminService.IsDisabled(r.LockoutEnd)).Select(r => r.Recipient).ToList();
        }

        var sent = 0;
        foreach (var user in due)
        {
            if (!IsDue(user, out var today) || !webhookBackoff.IsDue(user.UserId, user.Address!))
            {
                continue;
            }

            await using var scope = scopes.CreateScopeActingAs(user.UserId);
            await using var db = await scope.CreateDbContextAsync(cancellationToken);
            if (!await ClaimAsync(db.JobSearchSettings.Where(s => s.LastWebhookSentOn != today), s => s.LastWebhookSentOn, today, cancellationToken))
            {
                continue;
            }

            var suggestions = (await scope.ServiceProvider.GetRequiredService<TodayService>().GetAsync(cancellationToken)).Suggestions;
            var thankYous = await scope.ServiceProvider.GetRequiredService<ThankYouService>().DueAsync(cancellationToken);
            var failure = await webhooks.SendAsync(user.Address!, today, suggestions, cancellationToken, thankYous);
            if (failure is null)
            {
                webhookBackoff.Succeeded(user.UserId);
                await db.JobSearchSettings.ExecuteUpdateAsync(u => u.SetProperty(s => s.LastWebhookError, (string?)null), cancellationToken);
                sent++;
                continue;
            }

            await ReleaseAsync(db.JobSearchSettings.Where(s => s.LastWebhookSentOn == today), s => s.LastWebhookSentOn, user.LastSent);
            var retryAt = webhookBackoff.Failed(user.UserId, user.Address!);
            // A plain reason only: an exception's text can tell a user which of the server's ports are open.
            var error = $"{clock.GetUtcNow():yyyy-MM-dd HH:mm} UTC: {failure}; next try after {retryAt:HH:mm} UTC";
            await db.JobSearchSettings.ExecuteUpdateAsync(u => u.SetProperty(s => s.LastWebhookError, error[..Math.Min(error.Length, 500)]), CancellationToken.None);
            // Neither the URL nor the exception: the URL's path is often its secret.
            logger.LogWarning("The webhook for user {UserId} failed ({Reason}); it will be retried after {RetryAt:u}.", user.UserId, failure, retryAt);
        }

        return sent;
    }

    private bool IsDue(Recipient user, out DateOnly today)
    {
        var zone = SettingsService.FindTimeZone(user.TimeZoneId);
        today = UserClock.Today(zone, clock);
        return user.LastSent != today && TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).Hour >= user.Hour;
    }

    /// <summary>Marks today sent unless another instance already did; true when this call won.</summary>
    internal static async Task<bool> ClaimAsync(
        IQueryable<JobSearchSettings> notYetSentToday, Expression<Func<JobSearchSettings, DateOnly?>> sentOn, DateOnly today,
        CancellationToken cancellationToken) =>
        await notYetSentToday.ExecuteUpdateAsync(u => u.SetProperty(sentOn, today), cancellationToken) == 1;

    internal static async Task ReleaseAsync(
        IQueryable<JobSearchSettings> claimedToday, Expression<Func<JobSearchSettings, DateOnly?>> sentOn, DateOnly? previous) =>
        // Not cancellable: a claim left behind would silently skip the day.
        await claimedToday.ExecuteUpdateAsync(u => u.SetProperty(sentOn, previous), CancellationToken.None);

    /// <param name="Address">The email address or the webhook URL.</param>
    private sealed record Recipient(string UserId, string? Address, string TimeZoneId, int Hour, DateOnly? LastSent);
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
