using JobNetwork.Web.Features.Today;
using Microsoft.Extensions.Time.Testing;
using static JobNetwork.Tests.Features.Today.TodayTestData;

namespace JobNetwork.Tests.Features.Today;

public sealed class SuggestionDayTests
{
    private static readonly TimeZoneInfo LosAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
    private static readonly TimeZoneInfo Auckland = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");

    [Theory]
    [InlineData(-3, 1)]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(3, 3)]
    [InlineData(5, 5)]
    [InlineData(9, 5)]
    public void The_count_is_kept_between_one_and_five(int asked, int expected)
    {
        var suggestions = Engine().Suggest(Input(TenPeopleYouKnowWell()) with { Count = asked });

        Assert.Equal(expected, suggestions.Count);
    }

    [Fact]
    public void Fewer_candidates_than_asked_for_gives_just_the_candidates()
    {
        var suggestions = Engine().Suggest(Input(NeverAsked(1, "Dana"), NeverAsked(2, "Lee"), Person(3, "Asked yesterday")));

        Assert.Equal([1, 2], Ids(suggestions).Order());
        Assert.DoesNotContain(SuggestionKind.BuildYourList, Kinds(suggestions));
    }

    [Fact]
    public void An_empty_network_gets_one_suggestion_to_build_your_list()
    {
        var suggestion = Assert.Single(Engine().Suggest(Input()));

        Assert.Equal(SuggestionKind.BuildYourList, suggestion.Kind);
        Assert.Null(suggestion.ContactId);
        Assert.Equal("", suggestion.ContactName);
        Assert.Equal("Make a list of people you know well.", suggestion.Reason);
        Assert.Equal(
            "Add three of them, then call one and ask if they can help you — find out who they know at companies that might give you jobs.",
            suggestion.WhatToAsk);
    }

    [Fact]
    public void The_list_stays_the_same_all_day()
    {
        // 08:00 and 21:00 in Los Angeles, which fall on two different UTC dates.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 15, 0, 0, TimeSpan.Zero));
        var engine = new SuggestionEngine(clock);
        var input = Input(TenPeopleYouKnowWell()) with { TimeZone = LosAngeles, Count = 3 };

        var morning = engine.Suggest(input);
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 11, 4, 0, 0, TimeSpan.Zero));
        var evening = engine.Suggest(input);

        Assert.Equal(morning, evening);
    }

    [Fact]
    public void The_order_contacts_are_loaded_in_does_not_change_the_list()
    {
        var people = TenPeopleYouKnowWell();
        var input = Input(people) with { Count = 3 };

        Assert.Equal(Engine().Suggest(input), Engine().Suggest(input with { Contacts = [.. people.Reverse()] }));
    }

    [Fact]
    public void The_list_changes_the_next_day_when_there_are_more_candidates_than_slots()
    {
        var input = Input(TenPeopleYouKnowWell()) with { Count = 3 };

        var today = Ids(EngineAt(NowUtc).Suggest(input));
        var tomorrow = Ids(EngineAt(NowUtc.AddDays(1)).Suggest(input));

        Assert.NotEqual(today, tomorrow);
    }

    [Fact]
    public void Equal_candidates_take_turns_so_everyone_comes_up_within_a_month()
    {
        var input = Input(TenPeopleYouKnowWell()) with { Count = 3 };

        var everyoneShown = Enumerable.Range(0, 30)
            .SelectMany(day => Ids(EngineAt(NowUtc.AddDays(day)).Suggest(input)))
            .Distinct();

        Assert.Equal(Enumerable.Range(1, 10).Select(id => (int?)id), everyoneShown.Order());
    }

    [Fact]
    public void Today_is_the_users_local_date_so_just_before_midnight_UTC_it_is_already_tomorrow_in_Auckland()
    {
        // 23:30 UTC on 10 March is 12:30 on 11 March in Auckland and 16:30 on 10 March in Los Angeles.
        var engine = EngineAt(new DateTimeOffset(2026, 3, 10, 23, 30, 0, TimeSpan.Zero));
        var dueOnTheEleventh = Input(FollowUpDue(1, "Dana", new DateOnly(2026, 3, 11)));

        var inAuckland = Assert.Single(engine.Suggest(dueOnTheEleventh with { TimeZone = Auckland }));
        var inLosAngeles = Assert.Single(engine.Suggest(dueOnTheEleventh with { TimeZone = LosAngeles }));

        Assert.Equal(SuggestionKind.FollowUpDue, inAuckland.Kind);
        Assert.Equal("You planned to follow up with Dana today.", inAuckland.Reason);
        Assert.Equal(SuggestionKind.BuildYourList, inLosAngeles.Kind);
    }

    [Fact]
    public void Just_after_midnight_UTC_it_is_still_yesterday_in_Los_Angeles()
    {
        // 00:30 UTC on 11 March is 17:30 on 10 March in Los Angeles: the last ask was 29 days ago there, 30 in UTC.
        var engine = EngineAt(new DateTimeOffset(2026, 3, 11, 0, 30, 0, TimeSpan.Zero));
        var input = Input(Person(1, "Robin") with { LastAskedOn = new DateOnly(2026, 2, 9) });

        Assert.Equal(SuggestionKind.BuildYourList, Assert.Single(engine.Suggest(input with { TimeZone = LosAngeles })).Kind);
        Assert.Equal(SuggestionKind.KeepInTouch, Assert.Single(engine.Suggest(input with { TimeZone = TimeZoneInfo.Utc })).Kind);
    }
}
