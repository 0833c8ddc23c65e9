using JobNetwork.Tests.Data;
using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Asks;
using JobNetwork.Web.Features.JobLeads;
using JobNetwork.Web.Features.Referrals;
using JobNetwork.Web.Features.Trash;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace JobNetwork.Tests.Features.Trash;

[Trait("Database", "Any")]
public sealed class TrashServiceTests : TwoUserTestBase
{
    private TrashService TrashFor(TestUser user) => new(user.Factory, Clock);

    private static TrashRestorer RestorerFor(TestUser user) => new(user.Factory);

    /// <summary>Ann in Friends, tagged, asked twice, who named Bea (a referral); a lead credited to Ann.</summary>
    private async Task<(int Ann, int Bea, int Friends, int Lead)> NetworkAsync()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var ann = await Alice.AddContactAsync(new Web.Features.Contacts.ContactForm { Name = "Ann", CircleIds = [friends], Tags = ["mentor"] });
        await Alice.LogAskAsync(ann, new DateOnly(2026, 6, 1));
        await Alice.LogAskAsync(ann, new DateOnly(2026, 6, 10), AskOutcome.GaveReferral);
        var referral = await Alice.AddReferralAsync(ann, new ReferralForm { NewContactName = "Bea", CircleId = friends, CompanyName = "Acme" });
        var bea = await Alice.Db().Referrals.Where(r => r.Id == referral).Select(r => r.ReferredContactId).SingleAsync();
        var lead = await Alice.AddLeadAsync(new JobLeadForm { Title = "Engineer", CompanyName = "Acme", Source = LeadSource.Contact, SourceContactId = ann });
        return (ann, bea, friends, lead);
    }

    [Fact]
    public async Task A_trashed_contact_disappears_with_its_asks_referrals_memberships_and_tags_and_comes_back_with_them()
    {
        var (ann, bea, friends, lead) = await NetworkAsync();

        var receipt = await TrashFor(Alice).MoveToTrashAsync(TrashKind.Contact, ann, None);

        Assert.NotNull(receipt);
        Assert.Equal("Ann", receipt.Label);
        await using (var db = Alice.Db())
        {
            Assert.False(await db.Contacts.AnyAsync(c => c.Id == ann));
            Assert.False(await db.Asks.AnyAsync());
            Assert.False(await db.Referrals.AnyAsync());
            Assert.False(await db.ContactTags.AnyAsync());
            Assert.Equal([bea], await db.ContactCircles.Where(m => m.CircleId == friends).Select(m => m.ContactId).ToListAsync());
            // The lead stays (a lead outlives the people it came from); it shows no source while Ann is in the Trash.
            Assert.Null((await db.JobLeads.Include(l => l.SourceContact).SingleAsync(l => l.Id == lead)).SourceContact);
        }

        Assert.Null(await Alice.Contacts.GetAsync(ann, None));
        Assert.Single(await RestorerFor(Alice).ListAsync(None));

        var restored = await RestorerFor(Alice).RestoreAsync(receipt.EntryId, None);

        Assert.Equal(RestoreStatus.Restored, restored.Status);
        await using (var db = Alice.Db())
        {
            Assert.True(await db.Contacts.AnyAsync(c => c.Id == ann));
            Assert.Equal(2, await db.Asks.CountAsync(a => a.ContactId == ann));
            Assert.Equal(1, await db.Referrals.CountAsync(r => r.ReferrerId == ann && r.ReferredContactId == bea));
            Assert.Equal(["mentor"], await db.ContactTags.Where(t => t.ContactId == ann).Select(t => t.Name).ToListAsync());
            Assert.True(await db.ContactCircles.AnyAsync(m => m.ContactId == ann && m.CircleId == friends && m.IsPrimary));
            Assert.Equal(ann, (await db.JobLeads.SingleAsync(l => l.Id == lead)).SourceContactId);
        }

        Assert.Empty(await RestorerFor(Alice).ListAsync(None));
    }

    [Fact]
    public async Task An_ask_deleted_earlier_stays_in_the_trash_when_its_contact_comes_back_and_waits_for_it()
    {
        var (ann, _, _, _) = await NetworkAsync();
        var firstAsk = await Alice.Db().Asks.Where(a => a.ContactId == ann).OrderBy(a => a.AskedOn).Select(a => a.Id).FirstAsync();
        var askReceipt = await TrashFor(Alice).MoveToTrashAsync(TrashKind.Ask, firstAsk, None);
        var contactReceipt = await TrashFor(Alice).MoveToTrashAsync(TrashKind.Contact, ann, None);

        var blocked = await RestorerFor(Alice).RestoreAsync(askReceipt!.EntryId, None);
        Assert.Equal(RestoreStatus.Blocked, blocked.Status);
        Assert.Contains("Ann", blocked.Message, StringComparison.Ordinal);

        Assert.True((await RestorerFor(Alice).RestoreAsync(contactReceipt!.EntryId, None)).Succeeded);
        Assert.Equal(1, await Alice.Db().Asks.CountAsync(a => a.ContactId == ann));
        Assert.True((await RestorerFor(Alice).RestoreAsync(askReceipt.EntryId, None)).Succeeded);
        Assert.Equal(2, await Alice.Db().Asks.CountAsync(a => a.ContactId == ann));
    }

    [Fact]
    public async Task A_trashed_company_takes_its_leads_and_leaves_its_people_and_a_trashed_circle_hands_the_primary_on()
    {
        var (ann, bea, friends, lead) = await NetworkAsync();
        var acme = await Alice.Db().Companies.Where(c => c.Name == "Acme").Select(c => c.Id).SingleAsync();
        var work = await Alice.AddCircleAsync("Work");
        await Alice.Contacts.AddToCircleAsync([ann], work, None);

        var company = await TrashFor(Alice).MoveToTrashAsync(TrashKind.Company, acme, None);
        var circle = await TrashFor(Alice).MoveToTrashAsync(TrashKind.Circle, friends, None);

        await using (var db = Alice.Db())
        {
            Assert.False(await db.JobLeads.AnyAsync());
            Assert.Equal(2, await db.Contacts.CountAsync());
            Assert.True(await db.ContactCircles.AnyAsync(m => m.ContactId == ann && m.CircleId == work && m.IsPrimary));
            Assert.False(await db.ContactCircles.AnyAsync(m => m.ContactId == bea));
        }

        Assert.True((await RestorerFor(Alice).RestoreAsync(company!.EntryId, None)).Succeeded);
        Assert.True((await RestorerFor(Alice).RestoreAsync(circle!.EntryId, None)).Succeeded);
        await using (var db = Alice.Db())
        {
            Assert.True(await db.JobLeads.AnyAsync(l => l.Id == lead));
            Assert.True(await db.ContactCircles.AnyAsync(m => m.ContactId == bea && m.CircleId == friends && m.IsPrimary));
            // Ann's primary moved to Work meanwhile; the returning membership does not make her primary twice.
            Assert.Equal(1, await db.ContactCircles.CountAsync(m => m.ContactId == ann && m.IsPrimary));
        }
    }

    [Fact]
    public async Task Another_user_can_neither_trash_nor_see_nor_restore_nor_erase_what_is_not_theirs()
    {
        var (ann, _, _, lead) = await NetworkAsync();
        var receipt = await TrashFor(Alice).MoveToTrashAsync(TrashKind.Contact, ann, None);

        Assert.Null(await TrashFor(Bob).MoveToTrashAsync(TrashKind.JobLead, lead, None));
        Assert.Null(await TrashFor(Bob).MoveContactsToTrashAsync([ann], None));
        Assert.Empty(await RestorerFor(Bob).ListAsync(None));
        Assert.Equal(RestoreStatus.NotFound, (await RestorerFor(Bob).RestoreAsync(receipt!.EntryId, None)).Status);
        Assert.False(await RestorerFor(Bob).DeleteForeverAsync(receipt.EntryId, None));
        Assert.Equal(0, await RestorerFor(Bob).EmptyAsync(None));

        Assert.True(await Alice.Db().JobLeads.AnyAsync(l => l.Id == lead));
        Assert.True((await RestorerFor(Alice).RestoreAsync(receipt.EntryId, None)).Succeeded);
    }

    [Fact]
    public async Task Emptying_the_trash_deletes_for_good_and_leaves_live_records_alone()
    {
        var (ann, bea, _, lead) = await NetworkAsync();
        await TrashFor(Alice).MoveContactsToTrashAsync([ann], None);
        var acme = await Alice.Db().Companies.Where(c => c.Name == "Acme").Select(c => c.Id).SingleAsync();
        await TrashFor(Alice).MoveToTrashAsync(TrashKind.Company, acme, None);

        Assert.Equal(2, await RestorerFor(Alice).EmptyAsync(None));

        await using var db = Unfiltered();
        Assert.False(await db.Contacts.IgnoreQueryFilters().AnyAsync(c => c.Id == ann));
        Assert.False(await db.Asks.IgnoreQueryFilters().AnyAsync());
        Assert.False(await db.Referrals.IgnoreQueryFilters().AnyAsync());
        Assert.False(await db.JobLeads.IgnoreQueryFilters().AnyAsync(l => l.Id == lead));
        Assert.False(await db.TrashEntries.IgnoreQueryFilters().AnyAsync());
        Assert.True(await db.Contacts.IgnoreQueryFilters().AnyAsync(c => c.Id == bea && c.TrashedAtUtc == null));
    }

    [Fact]
    public async Task The_daily_purge_deletes_only_what_is_older_than_30_days_and_runs_once_a_day_across_instances()
    {
        var (ann, bea, _, _) = await NetworkAsync();
        var old = await TrashFor(Alice).MoveToTrashAsync(TrashKind.Contact, ann, None);
        Clock.Advance(TimeSpan.FromDays(20));
        var recent = await TrashFor(Alice).MoveToTrashAsync(TrashKind.Contact, bea, None);
        Clock.Advance(TimeSpan.FromDays(11));

        var scopes = new ServiceCollection().AddSingleton(Database.FactoryFor(null)).BuildServiceProvider().GetRequiredService<IServiceScopeFactory>();
        var first = new TrashPurger(scopes, Clock, NullLogger<TrashPurger>.Instance);
        var second = new TrashPurger(scopes, Clock, NullLogger<TrashPurger>.Instance);
        var purged = await Task.WhenAll(first.RunOnceAsync(None), second.RunOnceAsync(None));

        Assert.Equal([0, 1], purged.Order());
        Assert.Equal([recent!.EntryId], (await RestorerFor(Alice).ListAsync(None)).Select(i => i.EntryId));
        await using (var db = Unfiltered())
        {
            Assert.False(await db.Contacts.IgnoreQueryFilters().AnyAsync(c => c.Id == ann));
            Assert.False(await db.Asks.IgnoreQueryFilters().AnyAsync(a => a.ContactId == ann));
            Assert.True(await db.Contacts.IgnoreQueryFilters().AnyAsync(c => c.Id == bea));
        }

        Assert.Equal(RestoreStatus.NotFound, (await RestorerFor(Alice).RestoreAsync(old!.EntryId, None)).Status);
        Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await first.RunOnceAsync(None));
        Clock.Advance(TimeSpan.FromDays(19));
        Assert.Equal(1, await second.RunOnceAsync(None));
        Assert.Empty(await RestorerFor(Alice).ListAsync(None));
    }
}
