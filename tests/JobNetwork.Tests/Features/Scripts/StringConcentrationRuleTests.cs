using JobNetwork.Web.Features.Scripts;

namespace JobNetwork.Tests.Features.Scripts;

/// <summary>Don't rely on one string: most recent asks to one string while others are dark gives advice and a next string.</summary>
public sealed class StringConcentrationRuleTests
{
    private static readonly DateOnly LongAgo = new(2026, 1, 5);

    [Fact]
    public void Over_sixty_percent_on_one_string_with_another_dark_names_the_next_string()
    {
        var advice = StringConcentrationRule.Check(
        [
            new(1, "Friends", Members: 5, AsksInWindow: 7, LastAskedOn: null),
            new(2, "Former coworkers", Members: 4, AsksInWindow: 3, LastAskedOn: null),
            new(3, "Church group", Members: 6, AsksInWindow: 0, LastAskedOn: LongAgo),
            new(4, "Neighbours", Members: 2, AsksInWindow: 0, LastAskedOn: null),
        ]);

        Assert.Equal(new ConcentrationAdvice("Friends", 70, DarkStrings: 2, NextCircleId: 4, NextString: "Neighbours"), advice);
    }

    [Fact]
    public void Exactly_sixty_percent_is_not_reliance()
    {
        Assert.Null(StringConcentrationRule.Check(
        [
            new(1, "Friends", 3, AsksInWindow: 6, null),
            new(2, "Coworkers", 3, AsksInWindow: 4, null),
            new(3, "Dark", 3, AsksInWindow: 0, null),
        ]));
    }

    [Fact]
    public void Without_a_dark_string_with_people_on_it_there_is_nothing_to_plug_in()
    {
        Assert.Null(StringConcentrationRule.Check(
        [
            new(1, "Friends", 3, AsksInWindow: 9, null),
            new(2, "Coworkers", 3, AsksInWindow: 1, null),
            new(3, "Empty string", Members: 0, AsksInWindow: 0, null),
        ]));
    }

    [Fact]
    public void A_handful_of_asks_is_too_few_to_judge()
    {
        Assert.Null(StringConcentrationRule.Check(
        [
            new(1, "Friends", 3, AsksInWindow: StringConcentrationRule.MinimumAsks - 1, null),
            new(2, "Dark", 3, AsksInWindow: 0, null),
        ]));
    }

    [Fact]
    public void Among_dark_strings_the_one_asked_longest_ago_comes_after_the_never_asked()
    {
        var advice = StringConcentrationRule.Check(
        [
            new(1, "Friends", 3, AsksInWindow: 8, null),
            new(2, "Recent-ish", 3, AsksInWindow: 0, LongAgo.AddDays(30)),
            new(3, "Oldest", 1, AsksInWindow: 0, LongAgo),
        ]);

        Assert.Equal("Oldest", advice!.NextString);
    }
}
