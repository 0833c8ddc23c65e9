using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Searches;
using JobNetwork.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Coverage;

public sealed record WeeklyAsks(DateOnly WeekStarting, int Asks);

public sealed record Dashboard(CoverageReport Report, IReadOnlyList<WeeklyAsks> AsksPerWeek, bool IsEmpty);

/// <summary>Loads the aggregates for the coverage dashboard and hands them to <see cref="CoverageCalculator"/>.</summary>
public sealed class CoverageService(IDbContextFactory<AppDbContext> contextFactory, SettingsService settings, CoverageCalculator calculator, TimeProvider clock)
{
    public async Task<Dashboard> GetAsync(CoveragePeriodKind kind, CancellationToken cancellationToken)
    {
        var userSettings = await settings.GetAsync(cancellationToken);
        var zone = SettingsService.FindTimeZone(userSettings.TimeZoneId);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var period = kind == CoveragePeriodKind.ThisSearch
            ? await ThisSearchAsync(db, userSettings, zone, cancellationToken)
            : CoveragePeriod.For(kind, UserClock.Today(zone, clock));
        var window = CoverageQueries.Window.Of(period.From, period.To, zone);
        var yearBefore = period.HasYearBefore
            ? CoverageQueries.Window.Of(period.Before.From, period.Before.To, zone)
            : CoverageQueries.Window.None;

        var circles = await CoverageQueries.CirclesAsync(db, cancellationToken);
        var members = (await CoverageQueries.MembersAsync(db, cancellationToken)).ToDictionary(m => m.CircleId);
        var asks = (await CoverageQueries.AsksAsync(db, window, cancellationToken)).ToDictionary(a => a.CircleId);
        var referrals = (await CoverageQueries.ReferralsAsync(db, window, yearBefore, cancellationToken)).ToDictionary(r => r.CircleId);
        var leads = (await CoverageQueries.LeadsAsync(db, window, yearBefore, cancellationToken))
            .Where(l => l.CircleId is not null).ToDictionary(l => l.CircleId!.Value);
        var reached = (await CoverageQueries.ReachedAsync(db, window, cancellationToken))
            .Where(r => r.CircleId is not null).ToDictionary(r => r.CircleId!.Value);

        var activity = circles.Select(c =>
        {
            var ask = asks.GetValueOrDefault(c.Id);
            var referral = referrals.GetValueOrDefault(c.Id);
            var lead = leads.GetValueOrDefault(c.Id);
            var member = members.GetValueOrDefault(c.Id);
            var lastLead = CoverageCalculator.LastLeadOn(lead?.LastUtc, zone);
            return new StringActivity(c.Id, c.Name, c.Kind, c.IsPluggedIn,
                member?.Members ?? 0,
                ask?.ContactsAsked ?? 0,
                ask?.Asks ?? 0,
                ask?.Replies ?? 0,
                referral?.InPeriod ?? 0,
                lead?.InPeriod ?? 0,
                lead?.HiddenInPeriod ?? 0,
                reached.GetValueOrDefault(c.Id)?.Interviews ?? 0,
                reached.GetValueOrDefault(c.Id)?.Offers ?? 0,
                member?.LastAsked,
                CoverageCalculator.LastProduced(referral?.Last, lastLead),
                lastLead,
                (referral?.YearBefore ?? 0) + (lead?.YearBefore ?? 0),
                member?.NeverAsked ?? 0);
        }).ToList();

        var gauge = await CoverageQueries.GaugeAsync(db, userSettings.ActiveLeadsGoal, cancellationToken);
        var report = calculator.Calculate(period, zone, gauge, activity, new CoverageRules());
        var perDay = await CoverageQueries.AsksPerDayAsync(db, window, cancellationToken);
        var isEmpty = circles.Count == 0 && gauge.ActiveLeads == 0;
        return new Dashboard(report, CoverageCalculator.BucketByWeek(perDay, period), isEmpty);
    }

    /// <summary>The current search so far, with the previous search over as many days as what it is compared with.</summary>
    private async Task<CoveragePeriod> ThisSearchAsync(AppDbContext db, JobSearchSettings userSettings, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var timeline = await JobSearchQueries.TimelineAsync(db, userSettings.SearchStartDate, zone, clock, cancellationToken);
        var windows = new SearchComparison(clock).Windows(timeline, zone);
        return CoveragePeriod.ForSearch(windows.SoFar.From, windows.SoFar.To, windows.SameTimeLastSearch?.From, windows.SameTimeLastSearch?.To);
    }
}
