using JobNetwork.Web.Data;
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
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
        var period = CoveragePeriod.For(kind, today);
        var window = CoverageQueries.Window.Of(period.From, period.To, zone);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var circles = await db.Circles.AsNoTracking().Select(c => new { c.Id, c.Name, c.Kind, c.IsPluggedIn }).ToListAsync(cancellationToken);
        var members = await CoverageQueries.MembersAsync(db, cancellationToken);
        var asks = (await CoverageQueries.AsksAsync(db, window, cancellationToken)).ToDictionary(a => a.CircleId);
        var referrals = (await CoverageQueries.ReferralsAsync(db, window, cancellationToken)).ToDictionary(r => r.CircleId);
        var leads = (await CoverageQueries.LeadsAsync(db, window, cancellationToken)).ToDictionary(l => l.CircleId);
        var interviews = (await CoverageQueries.ReachedAsync(db, window, Domain.JobLeadStatus.Interviewing, cancellationToken)).ToDictionary(l => l.CircleId);
        var offers = (await CoverageQueries.ReachedAsync(db, window, Domain.JobLeadStatus.Offer, cancellationToken)).ToDictionary(l => l.CircleId);
        var last = await CoverageQueries.LastDatesAsync(db, cancellationToken);
        var producedBefore = new Dictionary<int, int>();
        if (period.HasYearBefore)
        {
            var before = CoverageQueries.Window.Of(period.YearBefore.From, period.YearBefore.To, zone);
            foreach (var r in await CoverageQueries.ReferralsAsync(db, before, cancellationToken))
            {
                producedBefore[r.CircleId] = producedBefore.GetValueOrDefault(r.CircleId) + r.Count;
            }

            foreach (var l in await CoverageQueries.LeadsAsync(db, before, cancellationToken))
            {
                producedBefore[l.CircleId] = producedBefore.GetValueOrDefault(l.CircleId) + l.Count;
            }
        }

        var activity = circles.Select(c =>
        {
            var lastDates = last.GetValueOrDefault(c.Id);
            var lastLead = lastDates?.LastLeadUtc is { } utc ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone)) : (DateOnly?)null;
            DateOnly? lastProduced = (lastDates?.LastReferral, lastLead) switch
            {
                ({ } r, { } l) => r > l ? r : l,
                ({ } r, null) => r,
                (null, { } l) => l,
                _ => null,
            };
            return new StringActivity(c.Id, c.Name, c.Kind, c.IsPluggedIn,
                members.GetValueOrDefault(c.Id),
                asks.GetValueOrDefault(c.Id)?.ContactsAsked ?? 0,
                asks.GetValueOrDefault(c.Id)?.Asks ?? 0,
                asks.GetValueOrDefault(c.Id)?.Replies ?? 0,
                referrals.GetValueOrDefault(c.Id)?.Count ?? 0,
                leads.GetValueOrDefault(c.Id)?.Count ?? 0,
                leads.GetValueOrDefault(c.Id)?.Hidden ?? 0,
                interviews.GetValueOrDefault(c.Id)?.Count ?? 0,
                offers.GetValueOrDefault(c.Id)?.Count ?? 0,
                lastDates?.LastAsked, lastProduced, lastLead,
                producedBefore.GetValueOrDefault(c.Id));
        }).ToList();

        var gauge = await CoverageQueries.GaugeAsync(db, userSettings.ActiveLeadsGoal, cancellationToken);
        var report = calculator.Calculate(period, zone, gauge, activity, new CoverageRules());
        var perDay = await CoverageQueries.AsksPerDayAsync(db, window, cancellationToken);
        var isEmpty = circles.Count == 0 && gauge.ActiveLeads == 0;
        return new Dashboard(report, BucketByWeek(perDay, period), isEmpty);
    }

    private static List<WeeklyAsks> BucketByWeek(IEnumerable<(DateOnly Day, int Count)> perDay, CoveragePeriod period)
    {
        var days = perDay.ToList();
        var from = period.Kind == CoveragePeriodKind.AllTime && days.Count > 0 ? days.Min(d => d.Day) : period.From;
        var start = from.AddDays(-(((int)from.DayOfWeek + 6) % 7));
        var weeks = new List<WeeklyAsks>();
        for (var week = start; week <= period.To; week = week.AddDays(7))
        {
            var end = week.AddDays(7);
            weeks.Add(new WeeklyAsks(week, days.Where(d => d.Day >= week && d.Day < end).Sum(d => d.Count)));
        }

        return weeks;
    }
}
