using JobNetwork.Tests.Data;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Admin;
using JobNetwork.Web.Features.Coaching;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.Coaching;

/// <summary>
/// The administrator lists accounts as coaches for the invite picker; being listed grants nothing; a coach whose
/// account is deleted no longer shows in their clients' Sharing lists.
/// </summary>
[Trait("Database", "Any")]
public sealed class ListedCoachTests : CoachingTestBase
{
    private AdminService Admin() =>
        new(Database.FactoryFor(null), new DataDirectory(Database.Folder), new DatabaseOptions { Provider = TestDatabase.Provider }, Clock);

    [Fact]
    public async Task A_listed_coach_appears_in_every_other_accounts_picker_and_unlisting_removes_them()
    {
        Assert.Empty(await SharingOf(Alice).ListedCoachesAsync(None));

        Assert.Equal(AccountChange.Done, await Admin().SetListedCoachAsync(Bob.Id, listed: true, None));
        Assert.Equal(AccountChange.Done, await Admin().SetListedCoachAsync(Bob.Id, listed: true, None));

        Assert.Equal(["bob@example.com"], await SharingOf(Alice).ListedCoachesAsync(None));
        Assert.Equal(["bob@example.com"], await SharingOf(Carol).ListedCoachesAsync(None));
        Assert.Empty(await SharingOf(Bob).ListedCoachesAsync(None));
        var listed = await Admin().SearchUsersAsync(new UserQuery(), None);
        Assert.True(listed.Items.Single(u => u.Id == Bob.Id).IsListedCoach);
        Assert.False(listed.Items.Single(u => u.Id == Alice.Id).IsListedCoach);

        Assert.Equal(AccountChange.Done, await Admin().SetListedCoachAsync(Bob.Id, listed: false, None));
        Assert.Empty(await SharingOf(Alice).ListedCoachesAsync(None));
        Assert.Equal(AccountChange.NotFound, await Admin().SetListedCoachAsync("no-such-user", listed: true, None));
    }

    [Fact]
    public async Task Being_listed_grants_no_access_to_anyone()
    {
        await GiveAliceANetworkAsync();
        await Admin().SetListedCoachAsync(Bob.Id, listed: true, None);

        Assert.Empty(await CoachingAs(Bob).CaseloadAsync(None));
        Assert.False(await CoachingAs(Bob).IsCoachAsync(None));
    }

    [Fact]
    public async Task A_disabled_coach_is_not_offered()
    {
        await Admin().SetListedCoachAsync(Bob.Id, listed: true, None);

        Assert.Equal(AccountChange.Done, await Admin().SetDisabledAsync(Bob.Id, disabled: true, Carol.Id, None));

        Assert.Empty(await SharingOf(Alice).ListedCoachesAsync(None));
    }

    [Fact]
    public async Task Deleting_a_coachs_account_ends_the_grants_their_clients_gave_them()
    {
        var grantId = await InviteBobAsync();

        Assert.Equal(AccountChange.Done, await Admin().DeleteUserAsync(Bob.Id, Carol.Id, None));

        Assert.Empty(await SharingOf(Alice).ListAsync(None));
        await using var db = Unfiltered();
        Assert.NotNull((await db.CoachGrants.IgnoreQueryFilters().SingleAsync(g => g.Id == grantId)).RevokedAtUtc);
    }
}
