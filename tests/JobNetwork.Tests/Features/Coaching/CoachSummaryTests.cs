using JobNetwork.Web.Features.Coaching;

namespace JobNetwork.Tests.Features.Coaching;

/// <summary>The weekly coach email's rules: due Mondays from the coach's hour, once per week; stalled clients first.</summary>
public sealed class CoachSummaryTests
{
    private static readonly DateOnly Monday = new(2026, 11, 30);

    private static CaseloadRow Row(string client, bool stalled, DateOnly? lastAsk = null) =>
        new(1, client, lastAsk, 2, 15, 1, 3, 10, 2, 5, stalled);

    [Theory]
    [InlineData(2026, 11, 29, 23, "2026-11-23", false)] // Sunday night: that week's went on its Monday
    [InlineData(2026, 11, 30, 7, null, false)] // Monday before the hour
    [InlineData(2026, 11, 30, 8, null, true)] // Monday at the hour
    [InlineData(2026, 12, 2, 3, null, true)] // missed on Monday (server down): Wednesday is still this week
    [InlineData(2026, 12, 2, 9, "2026-11-30", false)] // already sent this week
    [InlineData(2026, 12, 7, 9, "2026-11-30", true)] // the next Monday
    public void It_is_due_from_the_coachs_hour_on_monday_once_per_week(int year, int month, int day, int hour, string? lastWeek, bool due)
    {
        var localNow = new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.Zero);

        Assert.Equal(due, CoachSummary.IsDue(localNow, 8, lastWeek is null ? null : DateOnly.Parse(lastWeek, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Every_day_of_a_week_belongs_to_its_monday()
    {
        for (var i = 0; i < 7; i++)
        {
            Assert.Equal(Monday, CoachSummary.WeekOf(Monday.AddDays(i)));
        }

        Assert.Equal(Monday.AddDays(-7), CoachSummary.WeekOf(Monday.AddDays(-1)));
    }

    [Fact]
    public void The_message_names_stalled_clients_first_and_links_to_the_caseload()
    {
        var message = CoachSummary.Build("JobNetwork <j@example.com>", "coach@example.com", Monday,
            [Row("busy@example.com", stalled: false, Monday), Row("quiet@example.com", stalled: true)], "https://jobs.example.com/");

        var text = message.TextBody ?? "";
        Assert.Equal("Your caseload: 1 of 2 clients stalled", message.Subject);
        Assert.True(text.IndexOf("quiet@example.com (stalled)", StringComparison.Ordinal) < text.IndexOf("busy@example.com", StringComparison.Ordinal));
        Assert.Contains("Last ask never", text, StringComparison.Ordinal);
        Assert.Contains("https://jobs.example.com/coaching", text, StringComparison.Ordinal);
        Assert.Equal("coach@example.com", message.To.Mailboxes.Single().Address);
    }

    [Fact]
    public void An_empty_caseload_says_so()
    {
        var message = CoachSummary.Build("j@example.com", "coach@example.com", Monday, [], appUrl: null);

        Assert.Contains("Nobody shares their progress with you", message.TextBody, StringComparison.Ordinal);
        Assert.Equal("Your caseload: 0 clients, none stalled", message.Subject);
    }
}
