using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Admin;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Digest;
using JobNetwork.Web.Features.Settings;
using JobNetwork.Web.Features.Today;
using JobNetwork.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Push;

/// <summary>
/// Pushes the daily prompt to each subscribed user's devices at their hour (the digest's hour), once a day across
/// instances: the day is claimed on <see cref="JobSearchSettings.LastPushSentOn"/> with the digest's own conditional
/// UPDATE (<see cref="DigestRunner.ClaimAsync"/>). A device the push service no longer knows (404/410) is dropped.
/// When no device took it and one failed for another reason, the day is given back and retried with the webhook's
/// backoff; a device that failed while another took it misses that day (a second try would notify the others twice).
/// Run by <see cref="DailyDigestWorker"/> through <see cref="DigestRunner.RunOnceAsync"/>.
/// </summary>
public sealed class PushRunner(IServiceScopeFactory scopes, TimeProvider clock, ILogger<PushRunner> logger)
{
    /// <summary>The backoff is keyed by user and "URL"; a user's devices are retried together.</summary>
    private const string BackoffKey = "push";

    private readonly WebhookBackoff backoff = new(clock);

    /// <returns>How many users' prompts were delivered to at least one device.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        List<Subscriber> subscribers;
        await using (var scope = scopes.CreateAsyncScope())
        await using (var db = await scope.CreateDbContextAsync(cancellationToken))
        {
            // Every account's settings, read only to decide whose prompt is due; joined to the users so a deleted or
            // disabled account is never pushed to.
            subscribers = (await db.JobSearchSettings.IgnoreQueryFilters()
                .Where(s => db.PushSubscriptions.IgnoreQueryFilters().Any(p => p.OwnerId == s.OwnerId))
                .Join(db.Users, s => s.OwnerId, u => u.Id, (s, u) => new
                {
                    Subscriber = new Subscriber(s.OwnerId, s.TimeZoneId, s.EmailDigestHour, s.LastPushSentOn),
                    u.LockoutEnd,
                })
                .ToListAsync(cancellationToken))
                .Where(r => !AdminService.IsDisabled(r.LockoutEnd)).Select(r => r.Subscriber).ToList();
        }

        var sent = 0;
        foreach (var user in subscribers)
        {
            if (!IsDue(user, out var today) || !backoff.IsDue(user.UserId, BackoffKey))
            {
                continue;
            }

            if (await PushToUserAsync(user, today, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> PushToUserAsync(Subscriber user, DateOnly today, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateScopeActingAs(user.UserId);
        await using var db = await scope.CreateDbContextAsync(cancellationToken);
        if (!await DigestRunner.ClaimAsync(db.JobSearchSettings.Where(s => s.LastPushSentOn != today), s => s.LastPushSentOn, today, cancellationToken))
        {
            return false;
        }

        var suggestions = (await scope.ServiceProvider.GetRequiredService<TodayService>().GetAsync(cancellationToken)).Suggestions;
        var thankYous = await scope.ServiceProvider.GetRequiredService<ThankYouService>().DueAsync(cancellationToken);
        var notification = new PushNotification(DailyPromptText.Title(suggestions), DailyPromptText.Message(suggestions, thankYous));
        var sender = scope.ServiceProvider.GetRequiredService<PushSender>();
        var delivered = 0;
        var failures = new List<string>();
        foreach (var device in await db.PushSubscriptions.AsNoTracking().ToListAsync(cancellationToken))
        {
            var result = await sender.SendAsync(device, notification, cancellationToken);
            switch (result.Outcome)
            {
                case PushOutcome.Delivered:
                    delivered++;
                    var now = clock.GetUtcNow().UtcDateTime;
                    await db.PushSubscriptions.Where(s => s.Id == device.Id)
                        .ExecuteUpdateAsync(u => u.SetProperty(s => s.LastDeliveredAtUtc, now), CancellationToken.None);
                    break;
                case PushOutcome.Gone:
                    await db.PushSubscriptions.Where(s => s.Id == device.Id).ExecuteDeleteAsync(CancellationToken.None);
                    logger.LogInformation("Dropped a push subscription of user {UserId}: the push service no longer knows it ({Reason}).", user.UserId, result.Reason);
                    break;
                default:
                    failures.Add(result.Reason ?? "failed");
                    break;
            }
        }

        if (delivered > 0 || failures.Count == 0)
        {
            backoff.Succeeded(user.UserId);
            if (delivered > 0)
            {
                logger.LogInformation("Pushed the daily prompt for {Day} to {Count} device(s) of user {UserId}.", today, delivered, user.UserId);
            }

            return delivered > 0;
        }

        await DigestRunner.ReleaseAsync(db.JobSearchSettings.Where(s => s.LastPushSentOn == today), s => s.LastPushSentOn, user.LastSent);
        var retryAt = backoff.Failed(user.UserId, BackoffKey);
        // Reasons only: the endpoint URL is the device's secret, and an exception's text may carry it.
        logger.LogWarning("The daily push for user {UserId} failed ({Reasons}); it will be retried after {RetryAt:u}.",
            user.UserId, string.Join(", ", failures.Distinct()), retryAt);
        return false;
    }

    private bool IsDue(Subscriber user, out DateOnly today)
    {
        var zone = SettingsService.FindTimeZone(user.TimeZoneId);
        today = UserClock.Today(zone, clock);
        return user.LastSent != today && TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).Hour >= user.Hour;
    }

    private sealed record Subscriber(string UserId, string TimeZoneId, int Hour, DateOnly? LastSent);
}
