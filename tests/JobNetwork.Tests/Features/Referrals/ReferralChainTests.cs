using JobNetwork.Tests.Data;
using JobNetwork.Web.Features.Referrals;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.Referrals;

[Trait("Database", "Any")]
public sealed class ReferralChainTests : TwoUserTestBase
{
    [Fact]
    public async Task The_chain_runs_from_the_friend_through_the_coworker_to_the_hiring_manager()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var friend = await Alice.AddContactAsync("Fran Friend", friends);
        var toCoworker = await Alice.Referrals.CreateAsync(friend, new ReferralForm { NewContactName = "Cole Coworker", CompanyName = "Acme" }, None);
        var coworker = (await Alice.Referrals.GetAsync(toCoworker.Id!.Value, None))!.ReferredContactId;
        var toManager = await Alice.Referrals.CreateAsync(coworker, new ReferralForm { NewContactName = "Hana Hiring-Manager", CompanyName = "Acme" }, None);
        var manager = (await Alice.Referrals.GetAsync(toManager.Id!.Value, None))!.ReferredContactId;

        var chain = await Alice.Referrals.ChainAsync(manager, None);

        Assert.Equal(["Fran Friend", "Cole Coworker", "Hana Hiring-Manager"], chain.Select(l => l.Name));
        Assert.Equal([friend, coworker, manager], chain.Select(l => l.ContactId));
        Assert.Equal("Referred by Cole Coworker", (await Alice.Contacts.GetAsync(manager, None))!.HowWeMet);
        await using var db = Alice.Db();
        Assert.Equal(1, await db.Companies.CountAsync());
    }

    [Fact]
    public async Task A_contact_nobody_referred_is_a_chain_of_one_and_a_missing_contact_an_empty_chain()
    {
        var ann = await Alice.AddContactAsync("Ann");

        Assert.Equal([ann], (await Alice.Referrals.ChainAsync(ann, None)).Select(l => l.ContactId));
        Assert.Empty(await Alice.Referrals.ChainAsync(ann + 10, None));
        Assert.Empty(await Bob.Referrals.ChainAsync(ann, None));
    }

    [Fact]
    public async Task A_referral_cycle_ends_the_chain_instead_of_looping()
    {
        var ann = await Alice.AddContactAsync("Ann");
        var ben = await Alice.AddContactAsync("Ben");
        await Alice.Referrals.CreateAsync(ann, new ReferralForm { ExistingContactId = ben }, None);
        await Alice.Referrals.CreateAsync(ben, new ReferralForm { ExistingContactId = ann }, None);

        var chain = await Alice.Referrals.ChainAsync(ben, None);

        Assert.Equal([ann, ben], chain.Select(l => l.ContactId));
    }
}
