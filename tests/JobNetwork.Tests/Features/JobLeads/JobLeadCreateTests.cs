using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.JobLeads;
using JobNetwork.Web.Features.Referrals;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.JobLeads;

[Trait("Database", "Any")]
public sealed class JobLeadCreateTests : TwoUserTestBase
{
    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task A_lead_without_a_company_is_invalid_and_nothing_is_saved(string? company)
    {
        var result = await Alice.Leads.CreateAsync(new JobLeadForm { Title = "Accountant", CompanyName = company, Source = LeadSource.FoundMyself }, None);

        Assert.Equal(SaveStatus.Invalid, result.Status);
        await using var db = Unfiltered();
        Assert.False(await db.JobLeads.IgnoreQueryFilters().AnyAsync());
    }

    [Fact]
    public async Task A_lead_from_a_contact_credits_that_contact_and_starts_found_with_one_history_row()
    {
        var ann = await Alice.AddContactAsync("Ann");

        var result = await Alice.Leads.CreateAsync(new JobLeadForm
        {
            Title = "  Senior accountant ", CompanyName = "Acme", Source = LeadSource.Contact, SourceContactId = ann,
            FoundVia = "ignored for a contact's lead", Url = " https://acme.example/jobs/1 ",
        }, None);

        var lead = (await Alice.Leads.GetAsync(result.Id!.Value, None))!;
        Assert.Equal(("Senior accountant", "Acme", ann, (int?)null, (string?)null, "https://acme.example/jobs/1"),
            (lead.Title, lead.Company.Name, lead.SourceContactId, lead.ReferralId, lead.FoundVia, lead.Url));
        Assert.Equal(JobLeadStatus.Found, lead.Status);
        var created = Assert.Single(lead.History);
        Assert.Equal(((JobLeadStatus?)null, JobLeadStatus.Found, Clock.GetUtcNow().UtcDateTime), (created.FromStatus, created.ToStatus, created.ChangedAtUtc));
    }

    [Fact]
    public async Task A_lead_from_a_contact_that_does_not_exist_is_invalid()
    {
        var result = await Alice.Leads.CreateAsync(new JobLeadForm { Title = "Clerk", CompanyName = "Acme", Source = LeadSource.Contact, SourceContactId = 555 }, None);

        Assert.Equal(SaveStatus.Invalid, result.Status);
        await using var db = Alice.Db();
        Assert.False(await db.Companies.AnyAsync());
    }

    [Fact]
    public async Task A_lead_from_a_referral_credits_the_person_who_gave_the_referral()
    {
        var ann = await Alice.AddContactAsync("Ann");
        var referral = await Alice.Referrals.CreateAsync(ann, new ReferralForm { NewContactName = "Ben", CompanyName = "Acme" }, None);
        var ben = (await Alice.Referrals.GetAsync(referral.Id!.Value, None))!.ReferredContactId;

        var result = await Alice.Leads.CreateAsync(new JobLeadForm
        {
            Title = "Analyst", CompanyName = "acme", Source = LeadSource.Referral, ReferralId = referral.Id, SourceContactId = ben,
        }, None);

        var lead = (await Alice.Leads.GetAsync(result.Id!.Value, None))!;
        Assert.Equal((ann, referral.Id), (lead.SourceContactId, lead.ReferralId));
        Assert.Equal("Ben", lead.Referral?.ReferredContact.Name);
        await using var db = Alice.Db();
        Assert.Equal(1, await db.Companies.CountAsync());
    }

    [Fact]
    public async Task A_lead_from_a_referral_that_does_not_exist_or_is_another_users_is_invalid()
    {
        var ann = await Alice.AddContactAsync("Ann");
        var alicesReferral = await Alice.Referrals.CreateAsync(ann, new ReferralForm { NewContactName = "Ben" }, None);

        var missing = await Alice.Leads.CreateAsync(new JobLeadForm { Title = "A", CompanyName = "Acme", Source = LeadSource.Referral, ReferralId = 999 }, None);
        var foreign = await Bob.Leads.CreateAsync(new JobLeadForm { Title = "A", CompanyName = "Acme", Source = LeadSource.Referral, ReferralId = alicesReferral.Id }, None);

        Assert.Equal(SaveStatus.Invalid, missing.Status);
        Assert.Equal(SaveStatus.Invalid, foreign.Status);
    }

    [Fact]
    public async Task A_lead_the_user_found_themselves_credits_no_one_and_keeps_where_it_was_found()
    {
        var ann = await Alice.AddContactAsync("Ann");

        var result = await Alice.Leads.CreateAsync(new JobLeadForm
        {
            Title = "Bookkeeper", CompanyName = "Initech", Source = LeadSource.FoundMyself, SourceContactId = ann, FoundVia = " Job board ", Advertising = Advertising.Advertised,
        }, None);

        var lead = (await Alice.Leads.GetAsync(result.Id!.Value, None))!;
        Assert.Null(lead.SourceContactId);
        Assert.Equal(("Job board", Advertising.Advertised), (lead.FoundVia, lead.Advertising));
    }

    [Fact]
    public async Task Another_user_cannot_credit_my_contact_or_see_my_leads()
    {
        var ann = await Alice.AddContactAsync("Ann");
        var lead = await Alice.Leads.CreateAsync(new JobLeadForm { Title = "Clerk", CompanyName = "Acme", Source = LeadSource.Contact, SourceContactId = ann }, None);

        var bobs = await Bob.Leads.CreateAsync(new JobLeadForm { Title = "Clerk", CompanyName = "Acme", Source = LeadSource.Contact, SourceContactId = ann }, None);

        Assert.Equal(SaveStatus.Invalid, bobs.Status);
        Assert.Null(await Bob.Leads.GetAsync(lead.Id!.Value, None));
        Assert.Equal(0, (await Bob.Leads.SearchAsync(new JobLeadQuery(), None)).TotalCount);
        Assert.Null(await Bob.Trash.MoveToTrashAsync(TrashKind.JobLead, lead.Id!.Value, None));
        Assert.Equal(SaveStatus.NotFound, (await Bob.Leads.MoveAsync(lead.Id!.Value, JobLeadStatus.Applied, Guid.Empty, None)).Status);
        Assert.Equal(SaveStatus.NotFound, (await Bob.Leads.AddInterviewerAsync(lead.Id!.Value, "Ian", new DateOnly(2026, 6, 15), None)).Status);
        Assert.Equal(JobLeadStatus.Found, (await Alice.Leads.GetAsync(lead.Id!.Value, None))!.Status);
    }
}
