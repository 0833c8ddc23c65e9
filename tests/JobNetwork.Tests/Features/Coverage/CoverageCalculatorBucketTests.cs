using JobNetwork.Web.Features.Coverage;

namespace JobNetwork.Tests.Features.Coverage;

/// <summary>The two rules that used to live in CoverageService: when a string last produced, and asks per week.</summary>
public sealed class CoverageCalculatorBucketTests
{
    private static readonly DateOnly Monday = new(2026, 6, 8);

    [Theory]
    [InlineData("2026-06-01", "2026-06-05", "2026-06-05")]
    [InlineData("2026-06-05", "2026-06-01", "2026-06-05")]
    [InlineData("2026-06-05", null, "2026-06-05")]
    [InlineData(null, "2026-06-01", "2026-06-01")]
    [InlineData(null, null, null)]
    public void A_string_last_produced_on_its_later_referral_or_lead(string? referral, string? lead, string? expected) =>
        Assert.Equal(Parse(expected), CoverageCalculator.LastProduced(Parse(referral), Parse(lead)));

    [Fact]
    public void Weeks_run_monday_to_sunday_from_the_period_start_and_keep_empty_weeks()
    {
        // Wednesday 3 June to Sunday 21 June: three weeks starting Monday 1, 8 and 15 June.
        var period = new CoveragePeriod(CoveragePeriodKind.Last30Days, new DateOnly(2026, 6, 3), new DateOnly(2026, 6, 21));
        var perDay = new[] { (new DateOnly(2026, 6, 3), 2), (new DateOnly(2026, 6, 7), 1), (new DateOnly(2026, 6, 21), 4) };

        var weeks = CoverageCalculator.BucketByWeek(perDay, period);

        Assert.Equal(
            [new WeeklyAsks(Monday.AddDays(-7), 3), new WeeklyAsks(Monday, 0), new WeeklyAsks(Monday.AddDays(7), 4)],
            weeks);
    }

    [Fact]
    public void All_time_starts_at_the_week_of_the_first_ask()
    {
        var period = new CoveragePeriod(CoveragePeriodKind.AllTime, DateOnly.MinValue, Monday.AddDays(6));

        var weeks = CoverageCalculator.BucketByWeek([(Monday.AddDays(-5), 1)], period);

        Assert.Equal([new WeeklyAsks(Monday.AddDays(-7), 1), new WeeklyAsks(Monday, 0)], weeks);
    }

    private static DateOnly? Parse(string? date) => date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
}
