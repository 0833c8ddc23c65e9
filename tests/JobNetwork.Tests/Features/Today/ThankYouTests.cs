using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.JobLeads;
using JobNetwork.Web.Features.Referrals;
using JobNetwork.Web.Features.Today;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.Today;

/// <summary>Close the loop: a thank-you owed to the referrer when their introduction moves, once per event.</summary>
[Trait("Database", "Any")]
public sealed class ThankYouTests : TwoUserTestBase
{
    private ThankYouService ThankYousOf(TestUser user) => new(user.Factory, user.UserClock, Clock);

    private async Task<(int Dana, int ReferralId)> DanaNamesGraceAsync()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var dana = await Alice.AddContactAsync("Dana", friends);
        var id = await Alice.AddReferralAsync(dana, new ReferralForm { NewContactName = "Grace", CompanyName = "Acme" });
        return (dana, id);
    }

    private async Task MoveReferralAsync(int id, ReferralStatus to)
    {
        var row = (await Alice.Referrals.GetAsync(id, None))!;
        Assert.True((await Alice.Referrals.MoveAsync(id, to, row.Version, None)).Succeeded);
    }

    private async Task MoveLeadAsync(int id, JobLeadStatus to)
    {
        var lead = (await Alice.Leads.GetAsync(id, None))!;
        Assert.Equal(Web.Features.Common.SaveStatus.Saved, (await Alice.Leads.MoveAsync(id, to, lead.Version, None)).Status);
    }

    [Fact]
    public async Task Talking_to_the_referred_person_owes_the_referrer_a_thank_you_naming_the_chain()
    {
        var (dana, id) = await DanaNamesGraceAsync();

        await MoveReferralAsync(id, ReferralStatus.Introduced);
        Assert.Empty(await ThankYousOf(Alice).DueAsync(None));
        await MoveReferralAsync(id, ReferralStatus.Talked);

        var due = Assert.Single(await ThankYousOf(Alice).DueAsync(None));
        Assert.Equal((dana, "Dana", "Thank Dana — you talked to Grace"), (due.ReferrerId, due.ReferrerName, due.Text));
    }

    [Fact]
    public async Task The_thank_you_is_created_once_per_event_not_on_every_read_or_repeated_move()
    {
        var (_, id) = await DanaNamesGraceAsync();
        await MoveReferralAsync(id, ReferralStatus.Talked);
        await MoveReferralAsync(id, ReferralStatus.Introduced);
        await MoveReferralAsync(id, ReferralStatus.Talked);

        await ThankYousOf(Alice).DueAsync(None);
        await ThankYousOf(Alice).DueAsync(None);

        await using var db = Alice.Db();
        Assert.Equal(1, await db.ThankYous.CountAsync());
    }

    [Fact]
    public async Task Each_lead_move_from_the_introduction_that_matters_owes_one_thank_you()
    {
        var (_, id) = await DanaNamesGraceAsync();
        var lead = await Alice.AddLeadAsync(new JobLeadForm { Title = "Accountant", CompanyName = "Acme", Source = LeadSource.Referral, ReferralId = id });

        await MoveLeadAsync(lead, JobLeadStatus.Applied);
        Assert.Empty(await ThankYousOf(Alice).DueAsync(None));
        await MoveLeadAsync(lead, JobLeadStatus.Interviewing);
        await MoveLeadAsync(lead, JobLeadStatus.Applied);
        await MoveLeadAsync(lead, JobLeadStatus.Interviewing);
        await MoveLeadAsync(lead, JobLeadStatus.TurnedDown);

        Assert.Equal(
            ["Thank Dana — Grace's lead got you an interview: Accountant at Acme",
             "Tell Dana how it went — Acme turned you down for Accountant (Grace's lead); thank them all the same"],
            (await ThankYousOf(Alice).DueAsync(None)).Select(t => t.Text));
    }

    [Fact]
    public async Task A_lead_that_did_not_come_from_an_introduction_owes_nobody_a_thank_you()
    {
        await DanaNamesGraceAsync();
        var lead = await Alice.AddLeadAsync(new JobLeadForm { Title = "Clerk", CompanyName = "Initech", Source = LeadSource.FoundMyself });

        await MoveLeadAsync(lead, JobLeadStatus.Interviewing);
        await MoveLeadAsync(lead, JobLeadStatus.Offer);

        Assert.Empty(await ThankYousOf(Alice).DueAsync(None));
    }

    [Fact]
    public async Task Done_closes_it_snooze_brings_it_back_tomorrow_and_skip_ends_it()
    {
        var (_, first) = await DanaNamesGraceAsync();
        var dana2 = await Alice.AddContactAsync("Eve");
        var second = await Alice.AddReferralAsync(dana2, new ReferralForm { NewContactName = "Hal" });
        var third = await Alice.AddReferralAsync(dana2, new ReferralForm { NewContactName = "Ida" });
        foreach (var id in new[] { first, second, third })
        {
            await MoveReferralAsync(id, ReferralStatus.Talked);
        }

        var service = ThankYousOf(Alice);
        var due = await service.DueAsync(None);
        Assert.Equal(3, due.Count);
        Assert.True(await service.MarkDoneAsync(due[0].Id, None));
        Assert.True(await service.SnoozeAsync(due[1].Id, None));
        Assert.True(await service.SkipAsync(due[2].Id, None));
        Assert.Empty(await service.DueAsync(None));

        Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal([due[1].Id], (await service.DueAsync(None)).Select(t => t.Id));
        Clock.Advance(TimeSpan.FromDays(5));
        Assert.Equal([due[1].Id], (await service.DueAsync(None)).Select(t => t.Id));
    }

    [Fact]
    public async Task Thanking_the_referrer_is_not_an_ask_and_leaves_yield_and_coverage_alone()
    {
        var (dana, id) = await DanaNamesGraceAsync();
        await MoveReferralAsync(id, ReferralStatus.Talked);
        var before = await Alice.Coverage.GetAsync(Web.Features.Coverage.CoveragePeriodKind.Last90Days, None);

        var service = ThankYousOf(Alice);
        Assert.True(await service.MarkDoneAsync((await service.DueAsync(None))[0].Id, None));

        await using var db = Alice.Db();
        Assert.Equal(0, await db.Asks.CountAsync(a => a.ContactId == dana));
        var after = await Alice.Coverage.GetAsync(Web.Features.Coverage.CoveragePeriodKind.Last90Days, None);
        Assert.Equal(before.Report.Strings.Select(s => (s.Activity.Name, s.Activity.Asks, s.Activity.ContactsAsked, s.LeadsPerAsk)),
            after.Report.Strings.Select(s => (s.Activity.Name, s.Activity.Asks, s.Activity.ContactsAsked, s.LeadsPerAsk)));
        Assert.All(after.Report.Strings, s => Assert.Equal(0, s.Activity.Asks));
    }

    [Fact]
    public async Task Another_user_neither_sees_nor_closes_the_thank_you()
    {
        var (_, id) = await DanaNamesGraceAsync();
        await MoveReferralAsync(id, ReferralStatus.Talked);
        var thankYou = (await ThankYousOf(Alice).DueAsync(None))[0];

        Assert.Empty(await ThankYousOf(Bob).DueAsync(None));
        Assert.False(await ThankYousOf(Bob).MarkDoneAsync(thankYou.Id, None));
        Assert.False(await ThankYousOf(Bob).SkipAsync(thankYou.Id, None));
        Assert.Single(await ThankYousOf(Alice).DueAsync(None));
    }

    [Fact]
    public async Task A_referrer_in_the_trash_takes_the_thank_you_along()
    {
        var (dana, id) = await DanaNamesGraceAsync();
        await MoveReferralAsync(id, ReferralStatus.Talked);

        var receipt = await Alice.Trash.MoveToTrashAsync(TrashKind.Contact, dana, None);

        Assert.NotNull(receipt);
        Assert.Empty(await ThankYousOf(Alice).DueAsync(None));
    }
}
