using JobNetwork.Web.Features.Today;
using static JobNetwork.Tests.Features.Today.TodayTestData;

namespace JobNetwork.Tests.Features.Today;

public sealed class SuggestionExclusionTests
{
    private readonly SuggestionEngine engine = Engine();

    [Theory]
    [InlineData(0, false)]
    [InlineData(89, false)]
    [InlineData(90, true)]
    public void Someone_who_declined_is_left_alone_for_90_days(int daysSinceDeclined, bool suggested)
    {
        var declined = NeverAsked(1, "Dana") with { LastDeclinedOn = TodaysDate.AddDays(-daysSinceDeclined) };

        var suggestions = engine.Suggest(Input(declined, NeverAsked(2, "Lee")));

        Assert.Equal(suggested, Ids(suggestions).Contains(1));
    }

    [Fact]
    public void A_recent_decline_outranks_even_a_follow_up_that_is_due()
    {
        var declined = FollowUpDue(1, "Dana", TodaysDate) with { LastDeclinedOn = TodaysDate.AddDays(-10) };

        Assert.Equal(SuggestionKind.BuildYourList, Assert.Single(engine.Suggest(Input(declined))).Kind);
    }

    [Fact]
    public void Nobody_is_suggested_two_days_running()
    {
        var input = Input(NeverAsked(1, "Dana"), NeverAsked(2, "Lee"), FollowUpDue(3, "Sam", TodaysDate))
            with { SuggestedYesterday = new HashSet<int> { 1, 3 } };

        Assert.Equal([2], Ids(engine.Suggest(input)));
    }

    [Fact]
    public void Contacts_only_in_unplugged_strings_are_left_out()
    {
        var unplugged = NeverAsked(1, "Dana") with { InUnpluggedCircleOnly = true };

        Assert.Equal([2], Ids(engine.Suggest(Input(unplugged, NeverAsked(2, "Lee")))));
    }

    [Fact]
    public void Snoozed_or_skipped_contacts_are_left_out_for_the_rest_of_the_day()
    {
        var input = Input(NeverAsked(1, "Dana"), NeverAsked(2, "Lee")) with { SnoozedOrSkippedToday = new HashSet<int> { 1 } };

        Assert.Equal([2], Ids(engine.Suggest(input)));
    }

    [Fact]
    public void A_follow_up_planned_for_a_later_day_waits_for_that_day()
    {
        var plannedLater = NeverAsked(1, "Dana") with { FollowUpDueOn = TodaysDate.AddDays(3) };

        Assert.Equal([2], Ids(engine.Suggest(Input(plannedLater, NeverAsked(2, "Lee")))));
    }

    [Fact]
    public void Skipping_a_suggestion_brings_in_the_next_candidate_and_keeps_the_others_in_place()
    {
        var input = Input(TenPeopleYouKnowWell()) with { Count = 3 };
        var before = Ids(engine.Suggest(input));
        var allInOrder = Ids(engine.Suggest(input with { Count = SuggestionEngine.MaxCount }));

        var skipped = before[1]!.Value;
        var after = Ids(engine.Suggest(input with { SnoozedOrSkippedToday = new HashSet<int> { skipped } }));

        Assert.Equal([before[0], before[2], allInOrder[3]], after);
    }

    [Fact]
    public void Skipping_everyone_leaves_only_the_suggestion_to_build_your_list()
    {
        var input = Input(NeverAsked(1, "Dana"), NeverAsked(2, "Lee")) with { SnoozedOrSkippedToday = new HashSet<int> { 1, 2 } };

        Assert.Equal(SuggestionKind.BuildYourList, Assert.Single(engine.Suggest(input)).Kind);
    }
}
