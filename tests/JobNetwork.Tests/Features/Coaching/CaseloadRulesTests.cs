using JobNetwork.Web.Features.Coaching;

namespace JobNetwork.Tests.Features.Coaching;

public sealed class CaseloadRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    [Theory]
    [InlineData(null, true)]
    [InlineData(0, false)]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void A_client_is_stalled_after_five_days_without_an_ask(int? daysAgo, bool stalled) =>
        Assert.Equal(stalled, CaseloadRules.IsStalled(daysAgo is { } d ? Today.AddDays(-d) : null, Today));

    [Fact]
    public void Stalled_clients_come_first_longest_silent_first_then_furthest_behind_their_goal()
    {
        static CaseloadRow Row(string name, int? daysAgo, int week) =>
            new(0, name, daysAgo is { } d ? Today.AddDays(-d) : null, week, 15, 0, 0, 10, 0, 0, CaseloadRules.IsStalled(daysAgo is { } x ? Today.AddDays(-x) : null, Today));

        var ordered = CaseloadRules.Order([Row("busy", 0, 12), Row("behind", 1, 2), Row("silent", 9, 0), Row("never", null, 0), Row("quiet", 6, 0)]);

        Assert.Equal(["never", "silent", "quiet", "behind", "busy"], ordered.Select(r => r.Client));
    }

    [Fact]
    public void The_weekly_goal_is_five_days_of_suggestions() => Assert.Equal(15, CaseloadRules.WeeklyGoal(3));
}
