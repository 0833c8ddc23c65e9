using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.JobLeads;
using JobNetwork.Web.Features.Referrals;

namespace JobNetwork.Tests.Features.Coverage;

/// <summary>The dashboard's "via …" line on real chains: credited by the same rule as the lead counts.</summary>
[Trait("Database", "Any")]
public sealed class LeadChainsServiceTests : TwoUserTestBase
{
    private async Task<int> NamesAsync(int referrer, string name)
    {
        var id = await Alice.AddReferralAsync(referrer, new ReferralForm { NewContactName = name, CompanyName = "Acme" });
        return id;
    }

    private Task<int> LeadAsync(int referralId, string title = "Engineer") =>
        Alice.AddLeadAsync(new JobLeadForm { Title = title, CompanyName = "Acme", Source = LeadSource.Referral, ReferralId = referralId });

    [Fact]
    public async Task A_lead_through_an_introduction_names_the_chain_on_the_roots_string()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var dana = await Alice.AddContactAsync("Dana", friends);
        await LeadAsync(await NamesAsync(dana, "Grace"));

        var chains = await Alice.NetworkMap.ChainsAsync(None);

        Assert.Equal(["Dana → Grace"], chains[friends]);
        Assert.Empty(await Bob.NetworkMap.ChainsAsync(None));
    }

    [Fact]
    public async Task A_two_hop_chain_is_named_from_its_root_and_each_chain_once()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var dana = await Alice.AddContactAsync("Dana", friends);
        var toGrace = await NamesAsync(dana, "Grace");
        var grace = (await Alice.Referrals.GetAsync(toGrace, None))!.ReferredContactId;
        var toHal = await NamesAsync(grace, "Hal");
        await LeadAsync(toHal, "First");
        await LeadAsync(toHal, "Second");
        Clock.Advance(TimeSpan.FromMinutes(1));
        await LeadAsync(toGrace, "Newest");

        var chains = await Alice.NetworkMap.ChainsAsync(None);

        Assert.Equal(["Dana → Grace", "Dana → Grace → Hal"], chains[friends]);
    }

    [Fact]
    public async Task Leads_from_a_contact_or_found_myself_name_no_chain()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var dana = await Alice.AddContactAsync("Dana", friends);
        await Alice.AddLeadAsync(new JobLeadForm { Title = "Direct", CompanyName = "Acme", Source = LeadSource.Contact, SourceContactId = dana });
        await Alice.AddLeadAsync(new JobLeadForm { Title = "Board", CompanyName = "Acme", Source = LeadSource.FoundMyself });

        Assert.Empty(await Alice.NetworkMap.ChainsAsync(None));
    }
}
