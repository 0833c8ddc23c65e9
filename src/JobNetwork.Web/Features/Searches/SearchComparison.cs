using JobNetwork.Web.Features.Common;

namespace JobNetwork.Web.Features.Searches;

/// <summary>
/// One search on the user's timeline: from its start to the day before the next one starts (<see cref="EndsOn"/> null:
/// nothing has started after it). <see cref="IsImplicit"/>: the first search nobody started by hand, not stored.
/// </summary>
public sealed record SearchSpan(int Id, string Name, DateOnly StartsOn, DateOnly? EndsOn, bool IsImplicit, Guid Version = default);

/// <summary>A range of local days, both ends included.</summary>
public sealed record DaySpan(DateOnly From, DateOnly To)
{
    public int Days => To.DayNumber - From.DayNumber + 1;
}

/// <summary>The current search so far, and the previous search over the same number of days from its own start.</summary>
public sealed record SearchWindows(SearchSpan Current, DaySpan SoFar, SearchSpan? Previous, DaySpan? SameTimeLastSearch);

/// <summary>What one string produced in this search so far and in the previous one at the same point.</summary>
public sealed record StringSearchResults(string Name, bool IsPluggedIn, int ReferralsThisSearch, int LeadsThisSearch, int ReferralsLastSearch, int LeadsLastSearch);

/// <summary>
/// Compares each string with how it did in the previous search, the same number of days in — not with the same dates a
/// year earlier, since a search rarely starts on the same day each year. Plain rules: no EF, no UI.
/// </summary>
public sealed class SearchComparison(TimeProvider clock)
{
    /// <summary>The name of the search every account has before the user starts one by hand.</summary>
    public const string FirstSearchName = "Your first search";

    /// <summary>Enough lines to act on; more would bury the dashboard.</summary>
    public const int MaxAdvice = 5;

    /// <summary>
    /// The user's searches in order, each ending the day before the next starts. Without stored searches the timeline is
    /// the one implicit first search, starting on <paramref name="implicitStart"/>.
    /// </summary>
    public static IReadOnlyList<SearchSpan> Timeline(IEnumerable<SearchSpan> stored, DateOnly implicitStart)
    {
        var ordered = stored.OrderBy(s => s.StartsOn).ToList();
        if (ordered.Count == 0)
        {
            return [new SearchSpan(0, FirstSearchName, implicitStart, null, IsImplicit: true)];
        }

        return ordered.Select((s, i) => s with { EndsOn = i + 1 < ordered.Count ? ordered[i + 1].StartsOn.AddDays(-1) : null }).ToList();
    }

    /// <summary>The search running today (the latest that has started) and the one before it, cut to as many days.</summary>
    public SearchWindows Windows(IReadOnlyList<SearchSpan> timeline, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        if (timeline.Count == 0)
        {
            throw new ArgumentException("A timeline always holds at least the first search.", nameof(timeline));
        }

        var today = UserClock.Today(zone, clock);
        var index = timeline.Count - 1;
        while (index > 0 && timeline[index].StartsOn > today)
        {
            index--;
        }

        var current = timeline[index];
        var soFar = new DaySpan(Min(current.StartsOn, today), today);
        if (index == 0)
        {
            return new SearchWindows(current, soFar, null, null);
        }

        var previous = timeline[index - 1];
        var previousEnd = previous.EndsOn ?? current.StartsOn.AddDays(-1);
        var sameTime = new DaySpan(previous.StartsOn, Min(previous.StartsOn.AddDays(soFar.Days - 1), previousEnd));
        return new SearchWindows(current, soFar, previous, sameTime);
    }

    /// <summary>
    /// Names each plugged-in string that produced in the previous search by now and has produced nothing in this one,
    /// the biggest loss first: "Former coworkers gave you 4 leads last search, none yet this one."
    /// </summary>
    public static IReadOnlyList<string> Advice(IEnumerable<StringSearchResults> strings) =>
        strings
            .Where(s => s.IsPluggedIn && s.ReferralsLastSearch + s.LeadsLastSearch > 0 && s.ReferralsThisSearch + s.LeadsThisSearch == 0)
            .OrderByDescending(s => s.LeadsLastSearch).ThenByDescending(s => s.ReferralsLastSearch).ThenBy(s => s.Name, StringComparer.CurrentCulture)
            .Take(MaxAdvice)
            .Select(s => $"{s.Name} gave you {WhatItGave(s)} last search, none yet this one.")
            .ToList();

    private static string WhatItGave(StringSearchResults s) => (s.LeadsLastSearch, s.ReferralsLastSearch) switch
    {
        (> 0, > 0) => $"{Quantity.Of(s.LeadsLastSearch, "lead")} and {Quantity.Of(s.ReferralsLastSearch, "referral")}",
        (> 0, _) => Quantity.Of(s.LeadsLastSearch, "lead"),
        _ => Quantity.Of(s.ReferralsLastSearch, "referral"),
    };

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
