using JobNetwork.Web.Features.Coverage;

namespace JobNetwork.Tests.Features.Coverage;

public sealed class CoveragePeriodTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    [Theory]
    [InlineData(CoveragePeriodKind.Last30Days, "2026-05-17", "Last 30 days")] // 30 days, both ends included.
    [InlineData(CoveragePeriodKind.Last90Days, "2026-03-18", "Last 90 days")]
    [InlineData(CoveragePeriodKind.ThisYear, "2026-01-01", "This year")]
    [InlineData(CoveragePeriodKind.AllTime, "2000-01-01", "All time")]
    public void Each_period_ends_today_and_starts_where_its_name_says(CoveragePeriodKind kind, string from, string label)
    {
        var period = CoveragePeriod.For(kind, Today);

        Assert.Equal(kind, period.Kind);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), period.From);
        Assert.Equal(Today, period.To);
        Assert.Equal(label, period.Label);
        Assert.Equal(label, CoveragePeriod.LabelOf(kind));
    }

    [Theory]
    [InlineData(CoveragePeriodKind.Last30Days, 30)]
    [InlineData(CoveragePeriodKind.Last90Days, 90)]
    public void The_rolling_periods_hold_exactly_their_number_of_days(CoveragePeriodKind kind, int days)
    {
        var period = CoveragePeriod.For(kind, Today);

        Assert.Equal(days, period.To.DayNumber - period.From.DayNumber + 1);
    }

    [Fact]
    public void This_year_on_new_years_day_is_just_that_day()
    {
        var newYear = new DateOnly(2027, 1, 1);

        Assert.Equal(new CoveragePeriod(CoveragePeriodKind.ThisYear, newYear, newYear), CoveragePeriod.For(CoveragePeriodKind.ThisYear, newYear));
    }

    [Theory]
    [InlineData(CoveragePeriodKind.Last30Days, "2025-05-17", "2025-06-15")]
    [InlineData(CoveragePeriodKind.Last90Days, "2025-03-18", "2025-06-15")]
    [InlineData(CoveragePeriodKind.ThisYear, "2025-01-01", "2025-06-15")]
    public void The_year_before_is_the_same_range_one_year_earlier(CoveragePeriodKind kind, string from, string to)
    {
        var period = CoveragePeriod.For(kind, Today);

        Assert.True(period.HasYearBefore);
        var before = period.YearBefore;
        Assert.Equal(kind, before.Kind);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), before.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), before.To);
    }

    [Fact]
    public void All_time_has_no_year_before()
    {
        Assert.False(CoveragePeriod.For(CoveragePeriodKind.AllTime, Today).HasYearBefore);
    }

    [Fact]
    public void The_year_before_a_leap_day_ends_on_the_28th_of_february()
    {
        var period = CoveragePeriod.For(CoveragePeriodKind.Last30Days, new DateOnly(2028, 2, 29));

        Assert.Equal(new DateOnly(2028, 1, 31), period.From);
        Assert.Equal(new DateOnly(2027, 1, 31), period.YearBefore.From);
        Assert.Equal(new DateOnly(2027, 2, 28), period.YearBefore.To);
    }
}

public sealed class CoverageGaugeTests
{
    [Theory]
    [InlineData(0, 10, 10, 0.0)]
    [InlineData(3, 10, 7, 30.0)]
    [InlineData(10, 10, 0, 100.0)]
    [InlineData(15, 10, 0, 100.0)] // Over the goal: no negative gap, and the ring is full, not more.
    [InlineData(1, 3, 2, 100.0 / 3)]
    public void Gap_is_what_is_missing_to_the_goal_and_percent_is_capped_at_100(int active, int goal, int gap, double percent)
    {
        var gauge = new CoverageGauge(active, 0, goal);

        Assert.Equal(gap, gauge.Gap);
        Assert.Equal(percent, gauge.Percent, precision: 10);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_goal_of_zero_or_less_is_always_reached(int goal)
    {
        var gauge = new CoverageGauge(0, 0, goal);

        Assert.Equal(0, gauge.Gap);
        Assert.Equal(100, gauge.Percent);
    }
}
