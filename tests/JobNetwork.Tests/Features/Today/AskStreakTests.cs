using JobNetwork.Web.Features.Today;

namespace JobNetwork.Tests.Features.Today;

public sealed class AskStreakTests
{
    // A Wednesday.
    private static readonly DateOnly Today = new(2026, 6, 17);

    private static HashSet<DateOnly> DaysAgo(params int[] days) => [.. days.Select(d => Today.AddDays(-d))];

    [Fact]
    public void A_streak_counts_the_days_in_a_row_up_to_today() => Assert.Equal(3, AskStreak.Streak(DaysAgo(0, 1, 2, 4), Today));

    [Fact]
    public void Until_todays_first_ask_the_streak_runs_to_yesterday() => Assert.Equal(2, AskStreak.Streak(DaysAgo(1, 2, 4), Today));

    [Fact]
    public void No_ask_yesterday_or_today_is_no_streak() => Assert.Equal(0, AskStreak.Streak(DaysAgo(2, 3), Today));

    [Fact]
    public void A_streak_is_followed_back_no_further_than_the_look_back() =>
        Assert.Equal(AskStreak.LookBackDays + 1, AskStreak.Streak(DaysAgo([.. Enumerable.Range(0, AskStreak.LookBackDays + 50)]), Today));

    [Fact]
    public void This_week_runs_from_monday_to_today()
    {
        Assert.Equal(new DateOnly(2026, 6, 15), AskStreak.WeekStart(Today));
        Assert.Equal(new DateOnly(2026, 6, 15), AskStreak.WeekStart(new DateOnly(2026, 6, 21)));
        var perDay = new Dictionary<DateOnly, int> { [Today.AddDays(-3)] = 5, [Today.AddDays(-2)] = 2, [Today] = 1, [Today.AddDays(1)] = 4 };
        Assert.Equal(3, AskStreak.AsksThisWeek(perDay, Today));
    }
}
