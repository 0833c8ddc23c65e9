using JobNetwork.Web.Features.Today;
using static JobNetwork.Tests.Features.Today.TodayTestData;

namespace JobNetwork.Tests.Features.Today;

/// <summary>An agency that doesn't fit the search: its people are left out of open-ended asks, not out of the user's own plans.</summary>
public sealed class MismatchedAgencyRuleTests
{
    private const int AgencyCircle = 7;

    private readonly SuggestionEngine engine = Engine();

    [Fact]
    public void People_on_a_mismatched_agency_string_are_not_suggested_for_an_open_ended_ask()
    {
        var recruiter = NeverAsked(1, "Keystone recruiter") with { PrimaryCircleId = AgencyCircle };
        var input = Input(recruiter, NeverAsked(2, "Lee")) with { MismatchedAgencyCircleIds = new HashSet<int> { AgencyCircle } };

        Assert.Equal([2], Ids(engine.Suggest(input)));
    }

    [Fact]
    public void A_follow_up_the_user_planned_with_them_still_comes_through()
    {
        var recruiter = FollowUpDue(1, "Keystone recruiter", TodaysDate) with { PrimaryCircleId = AgencyCircle };
        var input = Input(recruiter) with { MismatchedAgencyCircleIds = new HashSet<int> { AgencyCircle } };

        Assert.Equal([1], Ids(engine.Suggest(input)));
    }

    [Fact]
    public void Without_a_mismatch_the_agency_people_are_suggested_as_before()
    {
        var recruiter = NeverAsked(1, "Keystone recruiter") with { PrimaryCircleId = AgencyCircle };

        Assert.Contains(1, Ids(engine.Suggest(Input(recruiter))));
    }
}
