using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Coverage;
using JobNetwork.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Searches;

/// <summary>How this search compares with the previous one at the same point, string by string.</summary>
public sealed record SearchAdvice(SearchWindows Windows, IReadOnlyList<string> Lines);

/// <summary>Loads each string's referrals and leads in this search and the previous one, for <see cref="SearchComparison"/>.</summary>
public sealed class SearchAdviceService(IDbContextFactory<AppDbContext> contextFactory, SettingsService settings, TimeProvider clock)
{
    /// <summary>Null when there is no previous search to compare with (then nothing is queried beyond the searches).</summary>
    public async Task<SearchAdvice?> GetAsync(CancellationToken cancellationToken)
    {
        var userSettings = await settings.GetAsync(cancellationToken);
        var zone = SettingsService.FindTimeZone(userSettings.TimeZoneId);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stored = await JobSearchQueries.StoredAsync(db, cancellationToken);
        if (stored.Count < 2)
        {
            // Only the first search: the implicit one, or the first one corrected by hand.
            return null;
        }

        var windows = new SearchComparison(clock).Windows(SearchComparison.Timeline(stored, default), zone);
        if (windows.SameTimeLastSearch is not { } before)
        {
            return null;
        }

        var now = CoverageQueries.Window.Of(windows.SoFar.From, windows.SoFar.To, zone);
        var then = CoverageQueries.Window.Of(before.From, before.To, zone);
        var circles = await CoverageQueries.CirclesAsync(db, cancellationToken);
        var referrals = (await CoverageQueries.ReferralsAsync(db, now, then, cancellationToken)).ToDictionary(r => r.CircleId);
        var leads = (await CoverageQueries.LeadsAsync(db, now, then, cancellationToken))
            .Where(l => l.CircleId is not null).ToDictionary(l => l.CircleId!.Value);
        var results = circles.Select(c => new StringSearchResults(c.Name, c.IsPluggedIn,
            referrals.GetValueOrDefault(c.Id)?.InPeriod ?? 0, leads.GetValueOrDefault(c.Id)?.InPeriod ?? 0,
            referrals.GetValueOrDefault(c.Id)?.YearBefore ?? 0, leads.GetValueOrDefault(c.Id)?.YearBefore ?? 0));
        return new SearchAdvice(windows, SearchComparison.Advice(results));
    }
}
