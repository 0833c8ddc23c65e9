using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.JobLeads;
using JobNetwork.Web.Features.Referrals;
using JobNetwork.Web.Features.Trash;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.Referrals;

/// <summary>Deleting one referral from a contact page: it goes to the Trash alone (both people and a lead that came of it stay) and comes back whole.</summary>
[Trait("Database", "Any")]
public sealed class ReferralTrashTests : TwoUserTestBase
{
    private static TrashRestorer RestorerFor(TestUser user) => new(user.Factory);

    [Fact]
    public async Task A_trashed_referral_leaves_both_people_and_its_lead_and_undo_brings_it_back_on_both_sides()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var ann = await Alice.AddContactAsync("Ann", friends);
        var referral = await Alice.AddReferralAsync(ann, new ReferralForm { NewContactName = "Bea", CircleId = friends, CompanyName = "Acme" });
        var bea = await Alice.Db().Referrals.Where(r => r.Id == referral).Select(r => r.ReferredContactId).SingleAsync();
        var lead = await Alice.AddLeadAsync(new JobLeadForm { Title = "Engineer", CompanyName = "Acme", Source = LeadSource.Referral, ReferralId = referral });

        var receipt = await Alice.Trash.MoveToTrashAsync(TrashKind.Referral, referral, None);

        Assert.NotNull(receipt);
        Assert.Equal(("Ann named Bea", 1), (receipt.Label, receipt.Count));
        Assert.Empty((await Alice.Referrals.ForContactAsync(ann, None)).Given);
        Assert.Empty((await Alice.Referrals.ForContactAsync(bea, None)).Received);
        Assert.NotNull(await Alice.Contacts.GetAsync(ann, None));
        Assert.NotNull(await Alice.Contacts.GetAsync(bea, None));
        Assert.NotNull(await Alice.Leads.GetAsync(lead, None));
        Assert.Equal(TrashKind.Referral, Assert.Single(await RestorerFor(Alice).ListAsync(None)).Kind);

        var restored = await RestorerFor(Alice).RestoreAsync(receipt.EntryId, None);

        Assert.Equal(RestoreStatus.Restored, restored.Status);
        Assert.Equal(referral, Assert.Single((await Alice.Referrals.ForContactAsync(ann, None)).Given).Id);
        Assert.Equal(referral, Assert.Single((await Alice.Referrals.ForContactAsync(bea, None)).Received).Id);
        await using var db = Alice.Db();
        Assert.Equal(referral, (await db.JobLeads.Include(l => l.Referral).SingleAsync(l => l.Id == lead)).Referral?.Id);
        Assert.Empty(await RestorerFor(Alice).ListAsync(None));
    }

    [Fact]
    public async Task Another_user_cannot_trash_a_referral_that_is_not_theirs()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var ann = await Alice.AddContactAsync("Ann", friends);
        var referral = await Alice.AddReferralAsync(ann, new ReferralForm { NewContactName = "Bea", CircleId = friends });

        Assert.Null(await Bob.Trash.MoveToTrashAsync(TrashKind.Referral, referral, None));
        Assert.Single((await Alice.Referrals.ForContactAsync(ann, None)).Given);
    }
}
