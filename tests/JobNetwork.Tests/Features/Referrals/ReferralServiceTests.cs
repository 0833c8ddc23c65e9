using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.Referrals;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.Referrals;

[Trait("Database", "Any")]
public sealed class ReferralServiceTests : TwoUserTestBase
{
    private async Task AssertNothingSavedAsync(int expectedContacts)
    {
        await using var db = Unfiltered();
        Assert.Equal(expectedContacts, await db.Contacts.IgnoreQueryFilters().CountAsync());
        Assert.False(await db.Referrals.IgnoreQueryFilters().AnyAsync());
        Assert.False(await db.Companies.IgnoreQueryFilters().AnyAsync());
    }

    [Fact]
    public async Task A_referral_to_oneself_is_invalid_and_nothing_is_saved()
    {
        var ann = await Alice.AddContactAsync("Ann");

        var result = await Alice.Referrals.CreateAsync(ann, new ReferralForm { ExistingContactId = ann, CompanyName = "Acme" }, None);

        Assert.Equal(SaveStatus.Invalid, result.Status);
        await AssertNothingSavedAsync(expectedContacts: 1);
    }

    [Fact]
    public async Task A_referral_naming_no_one_is_invalid()
    {
        var ann = await Alice.AddContactAsync("Ann");

        var result = await Alice.Referrals.CreateAsync(ann, new ReferralForm { NewContactName = "   ", CompanyName = "Acme" }, None);

        Assert.Equal(SaveStatus.Invalid, result.Status);
        await AssertNothingSavedAsync(expectedContacts: 1);
    }

    [Fact]
    public async Task A_new_person_joins_met_while_job_hunting_not_the_referrers_string_with_how_we_met_and_a_new_company()
    {
        await Alice.UseTimeZoneAsync("Pacific/Auckland"); // 12:00 UTC on 15 June is 16 June in Auckland.
        var friends = await Alice.AddCircleAsync("Friends");
        var alumni = await Alice.AddCircleAsync("Alumni", CircleKind.Alumni);
        var ann = await Alice.AddContactAsync(new ContactForm { Name = "Ann", CircleIds = [alumni, friends], PrimaryCircleId = friends });

        var result = await Alice.Referrals.CreateAsync(ann, new ReferralForm
        {
            NewContactName = "  Ben Boss ", NewContactTitle = " Hiring manager ", CompanyName = "Acme", Notes = "  Call before Friday ",
        }, None);

        Assert.Equal(SaveStatus.Saved, result.Status);
        var referral = (await Alice.Referrals.GetAsync(result.Id!.Value, None))!;
        Assert.Equal((ann, "Ann", "Ben Boss", "Acme", ReferralStatus.Named, new DateOnly(2026, 6, 16), "Call before Friday"),
            (referral.ReferrerId, referral.ReferrerName, referral.ReferredName, referral.CompanyName, referral.Status, referral.ReferredOn, referral.Notes));
        var ben = (await Alice.Contacts.GetAsync(referral.ReferredContactId, None))!;
        Assert.Equal(("Referred by Ann", "Hiring manager", Closeness.MetOnce, "Acme"), (ben.HowWeMet, ben.Title, ben.Closeness, ben.Company?.Name));
        var membership = Assert.Single(ben.Memberships);
        Assert.NotEqual(friends, membership.CircleId);
        Assert.True(membership.IsPrimary);
        Assert.Equal(CircleKind.MetWhileJobHunting, membership.Circle.Kind);
    }

    [Fact]
    public async Task A_chosen_circle_is_used_instead_of_the_referrers_and_an_existing_company_is_reused()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var hunting = await Alice.AddCircleAsync("Met while job hunting", CircleKind.MetWhileJobHunting);
        var acme = await Alice.AddCompanyAsync("Acme");
        var ann = await Alice.AddContactAsync("Ann", friends);

        var result = await Alice.Referrals.CreateAsync(ann, new ReferralForm { NewContactName = "Ben", CircleId = hunting, CompanyName = "ACME" }, None);

        var referral = (await Alice.Referrals.GetAsync(result.Id!.Value, None))!;
        Assert.Equal(acme, referral.CompanyId);
        var ben = (await Alice.Contacts.GetAsync(referral.ReferredContactId, None))!;
        Assert.Equal(hunting, Assert.Single(ben.Memberships).CircleId);
        Assert.Equal(acme, ben.CompanyId);
    }

    [Fact]
    public async Task A_chosen_circle_that_does_not_exist_saves_no_contact_company_or_referral()
    {
        var ann = await Alice.AddContactAsync("Ann");

        var result = await Alice.Referrals.CreateAsync(ann, new ReferralForm { NewContactName = "Ben", CircleId = 4040, CompanyName = "Acme" }, None);

        Assert.Equal(SaveStatus.Invalid, result.Status);
        await AssertNothingSavedAsync(expectedContacts: 1);
    }

    [Fact]
    public async Task Every_new_person_referred_joins_the_one_met_while_job_hunting_string_created_once()
    {
        var ann = await Alice.AddContactAsync("Ann");

        var first = await Alice.Referrals.CreateAsync(ann, new ReferralForm { NewContactName = "Ben" }, None);
        var second = await Alice.Referrals.CreateAsync(ann, new ReferralForm { NewContactName = "Cy" }, None);

        var referral = (await Alice.Referrals.GetAsync(first.Id!.Value, None))!;
        Assert.Null(referral.CompanyName);
        var benCircle = Assert.Single((await Alice.Contacts.GetAsync(referral.ReferredContactId, None))!.Memberships).CircleId;
        var cyCircle = Assert.Single((await Alice.Contacts.GetAsync((await Alice.Referrals.GetAsync(second.Id!.Value, None))!.ReferredContactId, None))!.Memberships).CircleId;
        Assert.Equal(benCircle, cyCircle);
        await using var db = Unfiltered();
        Assert.Equal(1, await db.Circles.IgnoreQueryFilters().CountAsync(c => c.Kind == CircleKind.MetWhileJobHunting));
    }

    [Fact]
    public async Task An_existing_contact_can_be_named_and_appears_as_given_and_received()
    {
        var ann = await Alice.AddContactAsync("Ann");
        var ben = await Alice.AddContactAsync("Ben");

        var result = await Alice.Referrals.CreateAsync(ann, new ReferralForm { ExistingContactId = ben, Status = ReferralStatus.IntroRequested }, None);

        Assert.Equal(SaveStatus.Saved, result.Status);
        var (given, received) = await Alice.Referrals.ForContactAsync(ann, None);
        Assert.Equal(ben, Assert.Single(given).ReferredContactId);
        Assert.Empty(received);
        Assert.Equal(ann, Assert.Single((await Alice.Referrals.ForContactAsync(ben, None)).Received).ReferrerId);
        var version = (await Alice.Referrals.GetAsync(result.Id!.Value, None))!.Version;
        Assert.True((await Alice.Referrals.MoveAsync(result.Id!.Value, ReferralStatus.Talked, version, None)).Succeeded);
        Assert.Equal(ReferralStatus.Talked, (await Alice.Referrals.GetAsync(result.Id!.Value, None))!.Status);
    }

    [Fact]
    public async Task Naming_an_existing_contact_without_a_company_gives_them_the_referrals_company()
    {
        var ann = await Alice.AddContactAsync("Ann");
        var ben = await Alice.AddContactAsync("Ben");

        await Alice.Referrals.CreateAsync(ann, new ReferralForm { ExistingContactId = ben, CompanyName = "Globex" }, None);

        Assert.Equal("Globex", (await Alice.Contacts.GetAsync(ben, None))!.Company?.Name);
    }

    [Fact]
    public async Task Naming_an_existing_contact_keeps_the_company_they_already_work_at()
    {
        var ann = await Alice.AddContactAsync("Ann");
        var ben = await Alice.AddContactAsync(new ContactForm { Name = "Ben", CompanyName = "Acme" });

        await Alice.Referrals.CreateAsync(ann, new ReferralForm { ExistingContactId = ben, CompanyName = "Globex" }, None);

        Assert.Equal("Acme", (await Alice.Contacts.GetAsync(ben, None))!.Company?.Name);
    }

    [Fact]
    public async Task Another_users_referrer_is_not_found_and_their_contact_cannot_be_named()
    {
        var alicesAnn = await Alice.AddContactAsync("Ann");
        var bobsBo = await Bob.AddContactAsync("Bo");

        Assert.Equal(SaveStatus.NotFound, (await Bob.Referrals.CreateAsync(alicesAnn, new ReferralForm { NewContactName = "X" }, None)).Status);
        Assert.Equal(SaveStatus.Invalid, (await Bob.Referrals.CreateAsync(bobsBo, new ReferralForm { ExistingContactId = alicesAnn }, None)).Status);
        await using var db = Unfiltered();
        Assert.False(await db.Referrals.IgnoreQueryFilters().AnyAsync());
        Assert.Empty((await Bob.Referrals.ForContactAsync(alicesAnn, None)).Given);
    }
}
