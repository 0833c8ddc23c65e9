using JobNetwork.Web.Features.Today;
using static JobNetwork.Tests.Features.Today.TodayTestData;

namespace JobNetwork.Tests.Features.Today;

public sealed class SuggestionKeepInTouchTests
{
    private readonly SuggestionEngine engine = Engine();

    [Theory]
    [InlineData(1, SuggestionKind.BuildYourList)]
    [InlineData(29, SuggestionKind.BuildYourList)]
    [InlineData(30, SuggestionKind.KeepInTouch)]
    [InlineData(31, SuggestionKind.KeepInTouch)]
    public void Keeping_in_touch_counts_from_the_last_ask_so_logging_an_ask_resets_it(int daysSinceLastAsk, SuggestionKind expected)
    {
        var suggestion = Assert.Single(engine.Suggest(Input(LastAsked(1, "Robin", daysSinceLastAsk, cadenceDays: 30))));

        Assert.Equal(expected, suggestion.Kind);
    }

    [Theory]
    [InlineData(6, SuggestionKind.BuildYourList)]
    [InlineData(7, SuggestionKind.KeepInTouch)]
    public void A_strings_own_cadence_decides_when_a_member_is_due(int daysSinceLastAsk, SuggestionKind expected)
    {
        var suggestion = Assert.Single(engine.Suggest(Input(LastAsked(1, "Robin", daysSinceLastAsk, cadenceDays: 7))));

        Assert.Equal(expected, suggestion.Kind);
    }

    [Theory]
    [InlineData(29, SuggestionKind.BuildYourList)]
    [InlineData(30, SuggestionKind.KeepInTouch)]
    public void Without_a_cadence_a_contact_goes_dark_thirty_days_after_their_last_ask(int daysSinceLastAsk, SuggestionKind expected)
    {
        var suggestion = Assert.Single(engine.Suggest(Input(LastAsked(1, "Robin", daysSinceLastAsk, cadenceDays: null))));

        Assert.Equal(expected, suggestion.Kind);
    }

    [Fact]
    public void A_cadence_of_zero_days_falls_back_to_the_default_instead_of_suggesting_them_every_day()
    {
        var suggestion = Assert.Single(engine.Suggest(Input(LastAsked(1, "Robin", daysAgo: 3, cadenceDays: 0))));

        Assert.Equal(SuggestionKind.BuildYourList, suggestion.Kind);
    }

    [Fact]
    public void The_keep_in_touch_reason_names_the_string_and_its_cadence()
    {
        var robin = LastAsked(1, "Robin", daysAgo: 45, cadenceDays: 30) with { PrimaryCircleName = "Former coworkers" };

        var suggestion = Assert.Single(engine.Suggest(Input(robin)));

        Assert.Equal("Your Former coworkers string asks every 30 days, and you last asked Robin 45 days ago.", suggestion.Reason);
        Assert.Equal("Call Robin to catch up, and ask who they know at companies that might give you jobs.", suggestion.WhatToAsk);
    }
}
