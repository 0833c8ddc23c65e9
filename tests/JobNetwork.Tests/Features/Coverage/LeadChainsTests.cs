using Bunit;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Coverage;

namespace JobNetwork.Tests.Features.Coverage;

/// <summary>"via Dana → Grace": the chains behind a string's leads, as a rule and on the dashboard's string row.</summary>
public sealed class LeadChainsTests : MudComponentTest
{
    private static readonly string[] FiveChains = ["A → B", "C → D", "E → F", "G → H", "I → J"];

    private static readonly Dictionary<int, string> Names = new() { [1] = "Ann", [2] = "Ben", [3] = "Cy", [4] = "Di", [5] = "Ed" };

    [Fact]
    public void One_introduction_names_the_referrer_then_the_person_they_named() =>
        Assert.Equal("Ann → Ben", LeadChains.Label(1, 2, new Dictionary<int, int>(), Names));

    [Fact]
    public void A_longer_chain_starts_where_the_credit_rule_starts_at_most_three_referrers_up()
    {
        // Ed was named by Di, Di by Cy, Cy by Ben, Ben by Ann: the rule looks three referrers up from the lead's referrer.
        var referredBy = new Dictionary<int, int> { [5] = 4, [4] = 3, [3] = 2, [2] = 1 };

        Assert.Equal("Ben → Cy → Di → Ed", LeadChains.Label(4, 5, referredBy, Names));
        Assert.Equal("Ann → Ben → Cy", LeadChains.Label(2, 3, referredBy, Names));
    }

    [Fact]
    public void A_loop_in_the_referrals_stops_instead_of_repeating() =>
        Assert.Equal("Ann → Ben", LeadChains.Label(1, 2, new Dictionary<int, int> { [1] = 2, [2] = 1 }, Names));

    [Theory]
    [InlineData(0, null)]
    [InlineData(1, "via A → B")]
    [InlineData(3, "via A → B, C → D, E → F")]
    [InlineData(5, "via A → B, C → D, E → F +2 more")]
    public void The_summary_names_three_chains_and_counts_the_rest(int count, string? expected)
    {
        var chains = FiveChains.Take(count).ToList();
        Assert.Equal(expected, LeadChains.Summary(chains));
    }

    private static StringCoverage Friends() => new(
        new StringActivity(7, "Friends", CircleKind.Friends, true, 4, 2, 3, 1, 1, 2, 1, 0, 0, null, null, null, 0, 2),
        StringState.Lit, 0.5, false, null);

    [Fact]
    public void The_string_row_names_the_chains_behind_its_leads()
    {
        var cut = Context.Render<StringRow>(p => p.Add(c => c.String, Friends()).Add(c => c.Chains, ["Dana → Grace"]));

        Assert.Equal("via Dana → Grace", cut.Find("[data-testid=lead-chains]").TextContent.Trim());
    }

    [Fact]
    public void A_string_without_leads_through_introductions_has_no_via_line()
    {
        var cut = Context.Render<StringRow>(p => p.Add(c => c.String, Friends()));

        Assert.Empty(cut.FindAll("[data-testid=lead-chains]"));
    }
}
