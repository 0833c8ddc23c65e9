using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Admin;
using JobNetwork.Web.Features.Digest;
using JobNetwork.Web.Features.Settings;
using JobNetwork.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JobNetwork.Web.Features.Coaching;

/// <summary>
/// Sends each coach who asked for it their caseload once a week, through the instance's mail server. Like the daily
/// email, each week is claimed with one conditional UPDATE (one instance wins), and a failed send gives the week back.
/// The summary is a read of every client in it, so it is recorded in each client's access history.
/// </summary>
public sealed class CoachSummaryRunner(
    IServiceScopeFactory scopes, IDigestSender sender, IOptions<SmtpOptions> smtp, IConfiguration configuration,
    TimeProvider clock, ILogger<CoachSummaryRunner> logger)
{
    private sealed record Coach(string UserId, string Email, string TimeZoneId, int Hour, DateOnly? LastWeek);

    /// <returns>How many summaries were sent.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        if (!smtp.Value.IsConfigured)
        {
            return 0;
        }

        List<Coach> optedIn;
        await using (var scope = scopes.CreateAsyncScope())
        await using (var db = await scope.CreateDbContextAsync(cancellationToken))
        {
            // Whose summary is due is an instance-wide question: only confirmed addresses of enabled accounts.
            optedIn = (await db.JobSearchSettings.IgnoreQueryFilters().Where(s => s.CoachSummaryEnabled)
                .Join(db.Users.Where(u => u.EmailConfirmed && u.Email != null), s => s.OwnerId, u => u.Id,
                    (s, u) => new { Coach = new Coach(s.OwnerId, u.Email!, s.TimeZoneId, s.EmailDigestHour, s.LastCoachSummaryWeek), u.LockoutEnd })
                .ToListAsync(cancellationToken))
                .Where(c => !AdminService.IsDisabled(c.LockoutEnd)).Select(c => c.Coach).ToList();
        }

        var sent = 0;
        foreach (var coach in optedIn)
        {
            var localNow = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), SettingsService.FindTimeZone(coach.TimeZoneId));
            if (!CoachSummary.IsDue(localNow, coach.Hour, coach.LastWeek))
            {
                continue;
            }

            var week = CoachSummary.WeekOf(DateOnly.FromDateTime(localNow.DateTime));
            await using var scope = scopes.CreateScopeActingAs(coach.UserId);
            await using var db = await scope.CreateDbContextAsync(cancellationToken);
            if (!await DigestRunner.ClaimAsync(db.JobSearchSettings.Where(s => s.LastCoachSummaryWeek != week), s => s.LastCoachSummaryWeek, week, cancellationToken))
            {
                continue;
            }

            try
            {
                var rows = await scope.ServiceProvider.GetRequiredService<CoachAccessService>().CaseloadAsync("Weekly summary", cancellationToken);
                await sender.SendAsync(CoachSummary.Build(smtp.Value.From, coach.Email, week, rows, configuration["BaseUrl"]), cancellationToken);
                logger.LogInformation("Sent the weekly coach summary for {Week} to user {UserId}.", week, coach.UserId);
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await DigestRunner.ReleaseAsync(db.JobSearchSettings.Where(s => s.LastCoachSummaryWeek == week), s => s.LastCoachSummaryWeek, coach.LastWeek);
                logger.LogWarning(ex, "The weekly coach summary for user {UserId} could not be sent; it will be retried.", coach.UserId);
            }
        }

        return sent;
    }
}

public sealed class CoachSummaryWorker(CoachSummaryRunner runner, ILogger<CoachSummaryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(5));
        do
        {
            try
            {
                await runner.RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The weekly coach summary check failed; it will run again in five minutes.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
