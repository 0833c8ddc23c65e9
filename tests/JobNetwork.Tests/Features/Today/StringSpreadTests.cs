using JobNetwork.Web.Features.Today;
using static JobNetwork.Tests.Features.Today.TodayTestData;

namespace JobNetwork.Tests.Features.Today;

/// <summary>At most two suggestions from one string a day while other plugged-in strings have candidates.</summary>
public sealed class StringSpreadTests
{
    private const int Friends = 10;
    private const int Coworkers = 20;
    private readonly SuggestionEngine engine = Engine();

    [Fact]
    public void A_third_person_from_one_string_waits_while_another_string_has_someone()
    {
        var suggestions = engine.Suggest(Input(
            NeverAsked(1, "Ann") with { PrimaryCircleId = Friends },
            NeverAsked(2, "Ben") with { PrimaryCircleId = Friends },
            NeverAsked(3, "Cid") with { PrimaryCircleId = Friends },
            NeverAsked(4, "Dee") with { PrimaryCircleId = Friends },
            LastAsked(5, "Eve", daysAgo: 60) with { PrimaryCircleId = Coworkers }) with { Count = 3 });

        var picked = suggestions.Select(s => s.ContactId).ToList();
        Assert.Equal(3, picked.Count);
        Assert.Contains(5, picked);
        Assert.Equal(2, picked.Count(id => id is >= 1 and <= 4));
    }

    [Fact]
    public void When_only_one_string_has_candidates_the_day_is_still_filled_from_it()
    {
        var suggestions = engine.Suggest(Input(
            NeverAsked(1, "Ann") with { PrimaryCircleId = Friends },
            NeverAsked(2, "Ben") with { PrimaryCircleId = Friends },
            NeverAsked(3, "Cid") with { PrimaryCircleId = Friends },
            NeverAsked(4, "Dee") with { PrimaryCircleId = Friends }) with { Count = 4 });

        Assert.Equal(4, suggestions.Count);
    }

    [Fact]
    public void Follow_ups_the_user_planned_for_today_are_never_held_back()
    {
        var suggestions = engine.Suggest(Input(
            FollowUpDue(1, "Ann", TodaysDate) with { PrimaryCircleId = Friends },
            FollowUpDue(2, "Ben", TodaysDate) with { PrimaryCircleId = Friends },
            FollowUpDue(3, "Cid", TodaysDate) with { PrimaryCircleId = Friends },
            NeverAsked(4, "Dee") with { PrimaryCircleId = Coworkers }) with { Count = 3 });

        Assert.Equal([1, 2, 3], suggestions.Select(s => s.ContactId).Order().ToList());
    }

    [Fact]
    public void The_picks_keep_their_rank_order()
    {
        var picked = StringSpread.Pick([(1, 7), (2, 7), (3, 7), (4, 8), (5, (int?)null)], item => item.Item2, count: 4);

        Assert.Equal([1, 2, 4, 5], picked.Select(item => item.Item1));
    }

    [Theory]
    [InlineData("FollowUpDue", "Follow-up due")]
    [InlineData("NeverAskedYet", "Never asked")]
    [InlineData("SomethingOld", null)]
    public void The_reason_line_names_the_rule_that_chose_the_person(string storedKind, string? label) =>
        Assert.Equal(label, SuggestionText.RuleLabel(storedKind));
}
