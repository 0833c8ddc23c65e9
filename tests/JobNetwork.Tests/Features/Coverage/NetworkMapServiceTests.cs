using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.Coverage;
using JobNetwork.Web.Features.JobLeads;
using JobNetwork.Web.Features.Referrals;

namespace JobNetwork.Tests.Features.Coverage;

[Trait("Database", "Any")]
public sealed class NetworkMapServiceTests : TwoUserTestBase
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    [Fact]
    public async Task Each_bulb_shows_what_came_of_asking_that_person()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var lia = await Alice.AddContactAsync("Lia", friends);
        var leo = await Alice.AddContactAsync("Leo", friends);
        var gus = await Alice.AddContactAsync("Gus", friends);
        var sam = await Alice.AddContactAsync("Sam", friends);
        var ava = await Alice.AddContactAsync("Ava", friends);
        var pat = await Alice.AddContactAsync("Pat", friends);
        var ned = await Alice.AddContactAsync("Ned", friends);

        // Lit: gave a referral (even with an ask still pending), or a lead is credited to them (never asked).
        await Alice.LogAskAsync(lia, Today, AskOutcome.PendingReply);
        await Alice.AddReferralAsync(lia, new ReferralForm { ExistingContactId = ned, CompanyName = "Acme" });
        await Alice.AddLeadAsync(new JobLeadForm { Title = "Analyst", CompanyName = "Acme", SourceContactId = leo });
        // Glowing: the latest ask waits for a reply; an earlier one helped.
        await Alice.LogAskAsync(gus, Today.AddDays(-20), AskOutcome.Helped);
        await Alice.LogAskAsync(gus, Today.AddDays(-2), AskOutcome.PendingReply);
        // Glowing: two asks on the same day, the later one (higher id) is pending.
        await Alice.LogAskAsync(sam, Today, AskOutcome.Declined);
        await Alice.LogAskAsync(sam, Today, AskOutcome.PendingReply);
        // Asked: an earlier ask was pending but the latest one was declined; or the latest got no response.
        await Alice.LogAskAsync(ava, Today.AddDays(-9), AskOutcome.PendingReply);
        await Alice.LogAskAsync(ava, Today.AddDays(-1), AskOutcome.Declined);
        await Alice.LogAskAsync(pat, Today.AddDays(-3), AskOutcome.NoResponse);
        // Dark: never asked. Being referred by someone does not light a bulb.

        var bulbs = await Alice.NetworkMap.BulbsAsync(None);

        var row = bulbs[friends];
        Assert.Equal(
            [
                new Bulb(leo, "Leo", BulbState.Lit), new Bulb(lia, "Lia", BulbState.Lit),
                new Bulb(gus, "Gus", BulbState.Glowing), new Bulb(sam, "Sam", BulbState.Glowing),
                new Bulb(ava, "Ava", BulbState.Asked), new Bulb(pat, "Pat", BulbState.Asked),
                new Bulb(ned, "Ned", BulbState.Dark),
            ],
            row);
    }

    [Theory]
    [InlineData(true, true, true, BulbState.Lit)]
    [InlineData(true, false, false, BulbState.Lit)]
    [InlineData(false, true, true, BulbState.Glowing)]
    [InlineData(false, true, false, BulbState.Asked)]
    [InlineData(false, false, false, BulbState.Dark)]
    public void The_bulb_rule_puts_produced_before_pending_before_asked(bool produced, bool asked, bool pending, BulbState expected)
    {
        Assert.Equal(expected, NetworkMapService.StateOf(produced, asked, pending));
    }

    [Fact]
    public async Task A_contact_in_two_circles_has_a_bulb_on_both_strings()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var alumni = await Alice.AddCircleAsync("Alumni", CircleKind.Alumni);
        var empty = await Alice.AddCircleAsync("Empty", CircleKind.CommunityGroup);
        var ann = await Alice.AddContactAsync(new ContactForm { Name = "Ann", CircleIds = [friends, alumni], PrimaryCircleId = alumni });
        await Alice.LogAskAsync(ann, Today, AskOutcome.PendingReply);

        var bulbs = await Alice.NetworkMap.BulbsAsync(None);

        Assert.Equal(new Bulb(ann, "Ann", BulbState.Glowing), Assert.Single(bulbs[friends]));
        Assert.Equal(new Bulb(ann, "Ann", BulbState.Glowing), Assert.Single(bulbs[alumni]));
        Assert.False(bulbs.ContainsKey(empty)); // A string with nobody on it has no entry; the page shows its empty text.
    }

    [Fact]
    public async Task The_target_company_grid_counts_contacts_per_company_and_primary_string_and_marks_unreached_targets()
    {
        await Alice.AddCompanyAsync("Acme", isTarget: true);
        await Alice.AddCompanyAsync("Globex", isTarget: true);
        await Alice.AddCompanyAsync("Hooli", isTarget: true);
        await Alice.AddCompanyAsync("Initech", isTarget: false);
        var friends = await Alice.AddCircleAsync("Friends");
        var coworkers = await Alice.AddCircleAsync("Coworkers", CircleKind.Coworkers);
        var ann = await Alice.AddContactAsync(new ContactForm { Name = "Ann", CompanyName = "Acme", CircleIds = [friends] });
        await Alice.AddContactAsync(new ContactForm { Name = "Bea", CompanyName = "Acme", CircleIds = [coworkers] });
        // Cal is in both strings; only his primary one (Coworkers) counts in the grid.
        await Alice.AddContactAsync(new ContactForm { Name = "Cal", CompanyName = "Acme", CircleIds = [friends, coworkers], PrimaryCircleId = coworkers });
        var dan = await Alice.AddContactAsync(new ContactForm { Name = "Dan", CompanyName = "Initech", CircleIds = [friends] });
        var eve = await Alice.AddContactAsync(new ContactForm { Name = "Eve", CompanyName = "Hooli", CircleIds = [friends] });
        await Alice.AddReferralAsync(ann, new ReferralForm { ExistingContactId = dan, CompanyName = "Acme" });
        await Alice.AddLeadAsync(new JobLeadForm { Title = "Analyst", CompanyName = "Hooli", SourceContactId = eve });
        await Alice.AddLeadAsync(new JobLeadForm { Title = "Engineer", CompanyName = "Initech", SourceContactId = dan });
        await Alice.AddLeadAsync(new JobLeadForm { Title = "Manager", CompanyName = "Globex", Source = LeadSource.FoundMyself });

        var grid = await Alice.NetworkMap.TargetCompaniesAsync(None);

        // Unreached targets first, then by name; Initech is not a target.
        Assert.Equal(["Globex", "Acme", "Hooli"], grid.Select(g => g.Company));
        var globex = grid[0];
        Assert.True(globex.Unreached);
        Assert.Empty(globex.ContactsByString);
        Assert.Equal((0, 1), (globex.Referrals, globex.Leads)); // A lead alone does not reach a company: nobody is there.
        var acme = grid[1];
        Assert.False(acme.Unreached);
        Assert.Equal(new Dictionary<int, int> { [friends] = 1, [coworkers] = 2 }, acme.ContactsByString);
        Assert.Equal((1, 0), (acme.Referrals, acme.Leads));
        var hooli = grid[2];
        Assert.Equal(new Dictionary<int, int> { [friends] = 1 }, hooli.ContactsByString);
        Assert.Equal((0, 1), (hooli.Referrals, hooli.Leads));
    }

    [Fact]
    public async Task A_contact_without_a_circle_does_not_reach_a_target()
    {
        await Alice.AddCompanyAsync("Acme", isTarget: true);
        await Alice.AddContactAsync(new ContactForm { Name = "Ann", CompanyName = "Acme" });

        var grid = await Alice.NetworkMap.TargetCompaniesAsync(None);

        Assert.True(Assert.Single(grid).Unreached);
    }
}
