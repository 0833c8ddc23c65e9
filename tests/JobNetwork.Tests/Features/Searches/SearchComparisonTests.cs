using JobNetwork.Web.Features.Searches;
using Microsoft.Extensions.Time.Testing;

namespace JobNetwork.Tests.Features.Searches;

/// <summary>Each string against the previous search at the same point, with a fake clock.</summary>
public sealed class SearchComparisonTests
{
    private static readonly TimeZoneInfo Utc = TimeZoneInfo.Utc;

    private static SearchComparison On(int year, int month, int day) =>
        new(new FakeTimeProvider(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero)));

    private static SearchSpan Stored(int id, string name, DateOnly startsOn) => new(id, name, startsOn, null, false);

    [Fact]
    public void Without_a_stored_search_the_timeline_is_the_implicit_first_one()
    {
        var timeline = SearchComparison.Timeline([], new DateOnly(2025, 3, 1));

        var first = Assert.Single(timeline);
        Assert.Equal(new SearchSpan(0, SearchComparison.FirstSearchName, new DateOnly(2025, 3, 1), null, true), first);
    }

    [Fact]
    public void Each_search_ends_the_day_before_the_next_starts_whatever_order_they_were_stored_in()
    {
        var timeline = SearchComparison.Timeline(
            [Stored(2, "Spring 2027", new DateOnly(2027, 3, 1)), Stored(1, "Autumn 2025", new DateOnly(2025, 9, 15))], default);

        Assert.Equal(["Autumn 2025", "Spring 2027"], timeline.Select(s => s.Name));
        Assert.Equal(new DateOnly(2027, 2, 28), timeline[0].EndsOn);
        Assert.Null(timeline[1].EndsOn);
    }

    [Fact]
    public void The_previous_search_is_cut_to_as_many_days_as_this_one_has_run()
    {
        var timeline = SearchComparison.Timeline(
            [Stored(1, "Autumn 2025", new DateOnly(2025, 9, 15)), Stored(2, "Spring 2027", new DateOnly(2027, 3, 1))], default);

        // 1 to 20 March: day 20 of this search, so 15 September to 4 October of the last one.
        var windows = On(2027, 3, 20).Windows(timeline, Utc);

        Assert.Equal("Spring 2027", windows.Current.Name);
        Assert.Equal(new DaySpan(new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 20)), windows.SoFar);
        Assert.Equal("Autumn 2025", windows.Previous!.Name);
        Assert.Equal(new DaySpan(new DateOnly(2025, 9, 15), new DateOnly(2025, 10, 4)), windows.SameTimeLastSearch);
    }

    [Fact]
    public void A_longer_current_search_compares_with_the_whole_of_a_short_previous_one()
    {
        var timeline = SearchComparison.Timeline(
            [Stored(1, "Short", new DateOnly(2026, 1, 1)), Stored(2, "Long", new DateOnly(2026, 1, 11))], default);

        var windows = On(2026, 6, 15).Windows(timeline, Utc);

        Assert.Equal(new DaySpan(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 10)), windows.SameTimeLastSearch);
    }

    [Fact]
    public void The_only_search_has_nothing_to_compare_with()
    {
        var windows = On(2026, 6, 15).Windows(SearchComparison.Timeline([], new DateOnly(2026, 1, 1)), Utc);

        Assert.Null(windows.Previous);
        Assert.Null(windows.SameTimeLastSearch);
        Assert.Equal(166, windows.SoFar.Days);
    }

    [Fact]
    public void Today_is_the_users_day_not_the_servers()
    {
        var timeline = SearchComparison.Timeline(
            [Stored(1, "Before", new DateOnly(2026, 1, 1)), Stored(2, "New", new DateOnly(2026, 6, 16))], default);
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        // 20:00 UTC on 15 June is already 16 June in Tokyo: the new search has begun there, not in London.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 15, 20, 0, 0, TimeSpan.Zero));

        Assert.Equal("New", new SearchComparison(clock).Windows(timeline, tokyo).Current.Name);
        Assert.Equal("Before", new SearchComparison(clock).Windows(timeline, Utc).Current.Name);
    }

    [Fact]
    public void A_string_that_worked_last_search_and_is_dark_in_this_one_is_named()
    {
        var advice = SearchComparison.Advice(
        [
            new("Former coworkers", true, ReferralsThisSearch: 0, LeadsThisSearch: 0, ReferralsLastSearch: 0, LeadsLastSearch: 4),
            new("Friends", true, 2, 1, 5, 3),
        ]);

        Assert.Equal(["Former coworkers gave you 4 leads last search, none yet this one."], advice);
    }

    [Fact]
    public void Referrals_count_too_and_the_biggest_loss_comes_first()
    {
        var advice = SearchComparison.Advice(
        [
            new("Choir", true, 0, 0, ReferralsLastSearch: 1, LeadsLastSearch: 0),
            new("Alumni", true, 0, 0, ReferralsLastSearch: 2, LeadsLastSearch: 1),
        ]);

        Assert.Equal(
            ["Alumni gave you 1 lead and 2 referrals last search, none yet this one.", "Choir gave you 1 referral last search, none yet this one."],
            advice);
    }

    [Fact]
    public void Unplugged_strings_and_strings_that_never_worked_are_not_named()
    {
        Assert.Empty(SearchComparison.Advice(
        [
            new("Unplugged agency", false, 0, 0, 3, 3),
            new("Never worked", true, 0, 0, 0, 0),
        ]));
    }

    [Fact]
    public void At_most_five_strings_are_named()
    {
        var strings = Enumerable.Range(1, 8).Select(i => new StringSearchResults($"String {i}", true, 0, 0, 0, i));

        var advice = SearchComparison.Advice(strings);

        Assert.Equal(SearchComparison.MaxAdvice, advice.Count);
        Assert.StartsWith("String 8 gave you 8 leads", advice[0], StringComparison.Ordinal);
    }
}
