using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Circles;
using JobNetwork.Web.Features.Scripts;

namespace JobNetwork.Tests.Features.Scripts;

/// <summary>The dashboard's and Today's network advice from real rows, on the user's own data only.</summary>
[Trait("Database", "Any")]
public sealed class NetworkAdviceServiceTests : TwoUserTestBase
{
    private static NetworkAdviceService Advice(TestUser user) => new(user.Factory, user.UserClock);

    [Fact]
    public async Task A_nursing_agency_is_a_mismatch_for_a_controls_engineer()
    {
        var result = await Alice.Circles.SaveAsync(null, new CircleForm { Name = "Keystone Staffing", Kind = CircleKind.RecruiterOrAgency, Focus = "nurses" }, None);
        await new ProfileService(Alice.Factory).SaveAsync(new ProfileForm { RolesSought = "controls engineer" }, None);

        var advice = await Advice(Alice).GetAsync(None);

        Assert.Equal(new AgencyMismatch(result.Id!.Value, "Keystone Staffing", "nurses", "controls engineer"), Assert.Single(advice.AgencyMismatches));
        Assert.Empty((await Advice(Bob).GetAsync(None)).AgencyMismatches);
    }

    [Fact]
    public async Task Most_of_the_last_thirty_days_asks_on_one_string_suggests_a_dark_one()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var group = await Alice.AddCircleAsync("Choir", CircleKind.CommunityGroup);
        await Alice.AddContactAsync("Singer", group);
        var today = new DateOnly(2026, 6, 15);
        for (var i = 0; i < 5; i++)
        {
            await Alice.LogAskAsync(await Alice.AddContactAsync($"Friend {i}", friends), today.AddDays(-i));
        }

        // An ask 30 days ago falls outside the window and does not light the choir.
        await Alice.LogAskAsync(await Alice.AddContactAsync("Old singer", group), today.AddDays(-30));

        var advice = await Advice(Alice).GetAsync(None);

        Assert.Equal(new ConcentrationAdvice("Friends", 100, 1, group, "Choir"), advice.Concentration);
        Assert.Null((await Advice(Bob).GetAsync(None)).Concentration);
    }
}
