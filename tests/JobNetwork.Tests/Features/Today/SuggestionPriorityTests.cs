using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Today;
using static JobNetwork.Tests.Features.Today.TodayTestData;

namespace JobNetwork.Tests.Features.Today;

public sealed class SuggestionPriorityTests
{
    private readonly SuggestionEngine engine = Engine();

    [Fact]
    public void Follow_ups_that_are_due_come_first()
    {
        var suggestions = engine.Suggest(Input(
            NamedReferral(1, "Sam", referredBy: "Dana"),
            FollowUpDue(2, "Lee", TodaysDate)));

        Assert.Equal([2, 1], Ids(suggestions));
        Assert.Equal([SuggestionKind.FollowUpDue, SuggestionKind.NamedReferral], Kinds(suggestions));
    }

    [Fact]
    public void The_most_overdue_follow_up_comes_first()
    {
        var suggestions = engine.Suggest(Input(
            FollowUpDue(1, "Due today", TodaysDate),
            FollowUpDue(2, "Due a week ago", TodaysDate.AddDays(-7)),
            FollowUpDue(3, "Due yesterday", TodaysDate.AddDays(-1))));

        Assert.Equal([2, 3, 1], Ids(suggestions));
    }

    [Fact]
    public void A_named_referral_not_yet_contacted_comes_before_the_interviewer_who_turned_you_down()
    {
        var suggestions = engine.Suggest(Input(
            Interviewer(1, "Pat", "Controls engineer"),
            NamedReferral(2, "Sam", referredBy: "Dana")));

        Assert.Equal([2, 1], Ids(suggestions));
        Assert.Equal([SuggestionKind.NamedReferral, SuggestionKind.InterviewerWhoTurnedYouDown], Kinds(suggestions));
    }

    [Fact]
    public void The_interviewer_who_turned_you_down_comes_before_people_you_know_well()
    {
        var suggestions = engine.Suggest(Input(
            NeverAsked(1, "Dana"),
            Interviewer(2, "Pat", "Controls engineer")));

        Assert.Equal([2, 1], Ids(suggestions));
    }

    [Fact]
    public void People_you_know_well_and_never_asked_come_before_keeping_in_touch()
    {
        var suggestions = engine.Suggest(Input(
            LastAsked(1, "Robin", daysAgo: 60),
            NeverAsked(2, "Dana")));

        Assert.Equal([2, 1], Ids(suggestions));
        Assert.Equal([SuggestionKind.KnowWellNeverAsked, SuggestionKind.KeepInTouch], Kinds(suggestions));
    }

    [Fact]
    public void Keeping_in_touch_comes_before_trying_again_someone_who_helped_before()
    {
        var helpedOnAYearlyString = LastAsked(1, "Jo", daysAgo: 200, cadenceDays: 365) with { EverHelped = true };
        var suggestions = engine.Suggest(Input(helpedOnAYearlyString, LastAsked(2, "Robin", daysAgo: 31)));

        Assert.Equal([2, 1], Ids(suggestions));
        Assert.Equal([SuggestionKind.KeepInTouch, SuggestionKind.HelpedBeforeTryAgain], Kinds(suggestions));
    }

    [Theory]
    [InlineData(179, false)]
    [InlineData(180, true)]
    public void Someone_who_helped_before_is_worth_another_try_after_half_a_year(int daysAgo, bool suggested)
    {
        var helpedOnAYearlyString = LastAsked(1, "Jo", daysAgo, cadenceDays: 365) with { EverHelped = true };

        var suggestion = Assert.Single(engine.Suggest(Input(helpedOnAYearlyString)));

        Assert.Equal(suggested ? SuggestionKind.HelpedBeforeTryAgain : SuggestionKind.BuildYourList, suggestion.Kind);
    }

    [Fact]
    public void Someone_who_helped_before_and_went_dark_is_due_to_keep_in_touch_and_the_reason_says_they_helped()
    {
        var helped = LastAsked(1, "Jo", daysAgo: 200) with { EverHelped = true };

        var suggestion = Assert.Single(engine.Suggest(Input(helped)));

        Assert.Equal(SuggestionKind.KeepInTouch, suggestion.Kind);
        Assert.Equal("You last asked Jo 200 days ago, and they helped you before: keep the light from going dark.", suggestion.Reason);
    }

    [Fact]
    public void People_never_asked_come_before_re_asks_of_people_who_helped_or_went_dark()
    {
        var helpedOnAYearlyString = LastAsked(1, "Jo", daysAgo: 200, cadenceDays: 365) with { EverHelped = true };
        var suggestions = engine.Suggest(Input(helpedOnAYearlyString, LastAsked(3, "Robin", daysAgo: 45), NeverAsked(2, "Kim", Closeness.Know)));

        Assert.Equal([2, 3, 1], Ids(suggestions));
        Assert.Equal([SuggestionKind.NeverAskedYet, SuggestionKind.KeepInTouch, SuggestionKind.HelpedBeforeTryAgain], Kinds(suggestions));
    }

    [Fact]
    public void People_you_know_come_before_people_you_met_once()
    {
        var suggestions = engine.Suggest(Input(
            NeverAsked(1, "Met once", Closeness.MetOnce),
            NeverAsked(2, "Known", Closeness.Know)));

        Assert.Equal([2, 1], Ids(suggestions));
    }

    [Fact]
    public void The_most_overdue_keep_in_touch_comes_first()
    {
        var suggestions = engine.Suggest(Input(
            LastAsked(1, "Five days over a weekly string", daysAgo: 12, cadenceDays: 7),
            LastAsked(2, "Twenty days dark", daysAgo: 50),
            LastAsked(3, "Just due", daysAgo: 30)));

        Assert.Equal([2, 1, 3], Ids(suggestions));
    }

    [Fact]
    public void Someone_who_fits_several_rules_is_suggested_once_under_the_first()
    {
        var both = NeverAsked(1, "Dana") with { FollowUpDueOn = TodaysDate };

        var suggestion = Assert.Single(engine.Suggest(Input(both, both with { FollowUpDueOn = null })));

        Assert.Equal(SuggestionKind.FollowUpDue, suggestion.Kind);
    }
}
