using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Coverage;
using JobNetwork.Web.Features.Export;
using JobNetwork.Web.Features.Import;
using JobNetwork.Web.Features.JobLeads;
using JobNetwork.Web.Features.Referrals;

namespace JobNetwork.Tests.Features.Coverage;

/// <summary>The credit rule on real chains: a lead credits the string where its referred-by chain began.</summary>
[Trait("Database", "Any")]
public sealed class CreditedStringChainTests : TwoUserTestBase
{
    /// <summary>Ann (Friends) names Ben, Ben names Cy… each new person lands in "Met while job hunting".</summary>
    private async Task<(int Friends, int[] Chain)> ChainAsync(int hops)
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var chain = new List<int> { await Alice.AddContactAsync("Ann", friends) };
        for (var i = 1; i <= hops; i++)
        {
            var id = await Alice.AddReferralAsync(chain[^1], new ReferralForm { NewContactName = $"Person {i}", CompanyName = "Acme" });
            chain.Add((await Alice.Referrals.GetAsync(id, None))!.ReferredContactId);
        }

        return (friends, chain.ToArray());
    }

    private async Task<int> LeadFromAsync(int contactId) =>
        await Alice.AddLeadAsync(new JobLeadForm { Title = "Engineer", CompanyName = "Acme", Source = LeadSource.Contact, SourceContactId = contactId });

    private async Task<int> DashboardLeadsAsync(int circleId) =>
        (await Alice.Coverage.GetAsync(CoveragePeriodKind.AllTime, None)).Report.Strings.SingleOrDefault(s => s.Activity.CircleId == circleId)?.Activity.Leads ?? 0;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_lead_from_the_end_of_a_chain_credits_the_roots_string_though_the_person_sits_in_met_while_job_hunting(int hops)
    {
        var (friends, chain) = await ChainAsync(hops);
        var end = (await Alice.Contacts.GetAsync(chain[^1], None))!;
        Assert.Equal(CircleKind.MetWhileJobHunting, end.Memberships.Single(m => m.IsPrimary).Circle.Kind);

        var lead = await LeadFromAsync(chain[^1]);

        Assert.Equal(friends, (await Alice.Leads.CreditedStringAsync(lead, None))?.Id);
        Assert.Equal(1, await DashboardLeadsAsync(friends));
        Assert.Equal(0, await DashboardLeadsAsync(end.Memberships.Single().CircleId));
    }

    [Fact]
    public async Task Four_hops_up_is_past_the_bound_and_credits_the_furthest_string_within_it()
    {
        var (friends, chain) = await ChainAsync(4);
        var hunting = (await Alice.Contacts.GetAsync(chain[1], None))!.Memberships.Single().CircleId;

        var lead = await LeadFromAsync(chain[4]);

        // Ann is four referrers up, past LeadAttribution.ReferredByHops: the chain's first three links are looked at.
        Assert.Equal(hunting, (await Alice.Leads.CreditedStringAsync(lead, None))?.Id);
        Assert.Equal(0, await DashboardLeadsAsync(friends));
    }

    [Fact]
    public async Task A_lead_from_a_referral_in_a_chain_credits_the_root_too()
    {
        var (friends, chain) = await ChainAsync(2);
        var referralFromBen = await Alice.AddReferralAsync(chain[1], new ReferralForm { ExistingContactId = chain[2] });

        var lead = await Alice.AddLeadAsync(new JobLeadForm { Title = "Lead", CompanyName = "Acme", Source = LeadSource.Referral, ReferralId = referralFromBen });

        Assert.Equal(friends, (await Alice.Leads.CreditedStringAsync(lead, None))?.Id);
        Assert.Equal(1, await DashboardLeadsAsync(friends));
    }
}

/// <summary>The dashboard, the lead page and the export give every lead of a generated network the same string.</summary>
public sealed class CreditedStringAgreementTests(GeneratedNetworksFixture fixture) : IClassFixture<GeneratedNetworksFixture>
{
    [Fact]
    public async Task Dashboard_lead_page_and_export_agree_on_every_strings_leads()
    {
        var alice = fixture.Alice;
        var dashboard = (await alice.Coverage.GetAsync(CoveragePeriodKind.AllTime, CancellationToken.None)).Report.Strings
            .Where(s => s.Activity.Leads > 0).GroupBy(s => s.Activity.Name).ToDictionary(g => g.Key, g => g.Sum(s => s.Activity.Leads));

        var leads = (await alice.Leads.SearchAsync(new JobLeadQuery(PageSize: 100_000), CancellationToken.None)).Items;
        var leadPage = new Dictionary<string, int>();
        foreach (var lead in leads)
        {
            if (await alice.Leads.CreditedStringAsync(lead.Id, CancellationToken.None) is { } credited)
            {
                leadPage[credited.Name] = leadPage.GetValueOrDefault(credited.Name) + 1;
            }
        }

        var csv = CsvTable.Read(TextDecoder.Decode(await new CsvExportService(alice.Factory).ExportAsync(CsvExportKind.JobLeads, CancellationToken.None)).Text);
        var column = Array.IndexOf(csv.Records[0].Fields.ToArray(), "Credited string");
        var export = csv.Records.Skip(1).Select(r => r.Field(column)).Where(n => n.Length > 0)
            .GroupBy(n => n).ToDictionary(g => g.Key, g => g.Count());

        Assert.NotEmpty(dashboard);
        Assert.Equal(dashboard.OrderBy(p => p.Key), leadPage.OrderBy(p => p.Key));
        Assert.Equal(dashboard.OrderBy(p => p.Key), export.OrderBy(p => p.Key));
    }
}
