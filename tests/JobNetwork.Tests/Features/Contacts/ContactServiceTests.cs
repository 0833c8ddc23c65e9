using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Contacts;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.Contacts;

[Trait("Database", "Any")]
public sealed class ContactServiceTests : TwoUserTestBase
{
    [Fact]
    public async Task Creating_a_contact_with_a_new_company_name_creates_the_company()
    {
        var id = await Alice.AddContactAsync(new ContactForm { Name = "  Ann Lee ", CompanyName = "  Acme Corp  ", Title = "Engineer" });

        var contact = (await Alice.Contacts.GetAsync(id, None))!;
        Assert.Equal("Ann Lee", contact.Name);
        Assert.Equal("Acme Corp", contact.Company?.Name);
        await using var db = Alice.Db();
        Assert.Equal("Acme Corp", (await db.Companies.SingleAsync()).Name);
    }

    [Fact]
    public async Task An_existing_company_name_in_a_different_case_is_reused()
    {
        var acme = await Alice.AddCompanyAsync("Acme Corp");

        var id = await Alice.AddContactAsync(new ContactForm { Name = "Ben", CompanyName = "ACME corp" });

        Assert.Equal(acme, (await Alice.Contacts.GetAsync(id, None))!.CompanyId);
        await using var db = Alice.Db();
        Assert.Equal(1, await db.Companies.CountAsync());
    }

    [Fact]
    public async Task A_blank_company_name_leaves_the_contact_without_a_company()
    {
        var id = await Alice.AddContactAsync(new ContactForm { Name = "Cai", CompanyName = "   " });

        Assert.Null((await Alice.Contacts.GetAsync(id, None))!.CompanyId);
        await using var db = Alice.Db();
        Assert.False(await db.Companies.AnyAsync());
    }

    [Fact]
    public async Task A_contact_joins_the_chosen_circles_with_exactly_one_primary()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var alumni = await Alice.AddCircleAsync("Alumni", CircleKind.Alumni);

        var chosen = await Alice.AddContactAsync(new ContactForm { Name = "Dana", CircleIds = [friends, alumni, alumni], PrimaryCircleId = alumni });
        var defaulted = await Alice.AddContactAsync(new ContactForm { Name = "Eli", CircleIds = [friends, alumni], PrimaryCircleId = 9999 });

        var dana = (await Alice.Contacts.GetAsync(chosen, None))!;
        Assert.Equal([friends, alumni], dana.Memberships.Select(m => m.CircleId).Order());
        Assert.Equal(alumni, Assert.Single(dana.Memberships, m => m.IsPrimary).CircleId);
        var eli = (await Alice.Contacts.GetAsync(defaulted, None))!;
        Assert.Equal(friends, Assert.Single(eli.Memberships, m => m.IsPrimary).CircleId);
    }

    [Fact]
    public async Task A_circle_that_does_not_exist_is_invalid_and_nothing_is_saved()
    {
        var result = await Alice.Contacts.CreateAsync(new ContactForm { Name = "Finn", CompanyName = "Globex", CircleIds = [4242] }, None);

        Assert.Equal(SaveStatus.Invalid, result.Status);
        await using var db = Unfiltered();
        Assert.False(await db.Contacts.IgnoreQueryFilters().AnyAsync());
        Assert.False(await db.Companies.IgnoreQueryFilters().AnyAsync());
    }

    [Fact]
    public async Task Tags_are_trimmed_lower_cased_and_deduplicated()
    {
        var id = await Alice.AddContactAsync(new ContactForm { Name = "Gil", Tags = [" Mentor ", "mentor", "Hiring Manager", "  ", "MENTOR"] });

        var contact = (await Alice.Contacts.GetAsync(id, None))!;
        Assert.Equal(["hiring manager", "mentor"], contact.Tags.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["hiring manager", "mentor"], await Alice.Contacts.GetTagsAsync(None));
    }

    [Fact]
    public async Task An_update_replaces_fields_circles_and_tags_and_hands_back_the_new_version()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var alumni = await Alice.AddCircleAsync("Alumni", CircleKind.Alumni);
        var id = await Alice.AddContactAsync(new ContactForm { Name = "Hana", CircleIds = [friends], Tags = ["mentor"] });
        var form = ContactForm.From((await Alice.Contacts.GetAsync(id, None))!);

        form.Title = "CTO";
        form.CircleIds = [alumni];
        form.Tags = ["recruiter"];
        var result = await Alice.Contacts.UpdateAsync(id, form, None);

        Assert.Equal(SaveStatus.Saved, result.Status);
        var stored = (await Alice.Contacts.GetAsync(id, None))!;
        Assert.Equal("CTO", stored.Title);
        Assert.True(Assert.Single(stored.Memberships).IsPrimary);
        Assert.Equal(alumni, stored.Memberships[0].CircleId);
        Assert.Equal("recruiter", Assert.Single(stored.Tags).Name);
        Assert.Equal(stored.Version, form.Version);
    }

    [Fact]
    public async Task An_update_with_a_stale_version_is_changed_elsewhere_and_keeps_the_first_save()
    {
        var id = await Alice.AddContactAsync("Ivy");
        var firstTab = ContactForm.From((await Alice.Contacts.GetAsync(id, None))!);
        var secondTab = ContactForm.From((await Alice.Contacts.GetAsync(id, None))!);

        firstTab.Title = "Designer";
        secondTab.Title = "Manager";
        secondTab.Tags = ["stale"];
        var first = await Alice.Contacts.UpdateAsync(id, firstTab, None);
        var second = await Alice.Contacts.UpdateAsync(id, secondTab, None);

        Assert.Equal(SaveStatus.Saved, first.Status);
        Assert.Equal(SaveStatus.ChangedElsewhere, second.Status);
        var stored = (await Alice.Contacts.GetAsync(id, None))!;
        Assert.Equal("Designer", stored.Title);
        Assert.Empty(stored.Tags);
    }

    [Fact]
    public async Task Updating_a_contact_that_does_not_exist_is_not_found()
    {
        Assert.Equal(SaveStatus.NotFound, (await Alice.Contacts.UpdateAsync(31337, new ContactForm { Name = "X" }, None)).Status);
    }

    [Theory]
    [InlineData("דוד כהן", "מהנדס תוכנה", "נפגשנו בבית הכנסת")]
    [InlineData("王小明", "软件工程师", "大学同学，北京")]
    [InlineData("Zoë Ångström-Núñez", "Señor développeur", "Café crème ☕ at Müller's")]
    [InlineData("Sam 🦄 Rivera", "Chief 🚀 Officer", "👩‍👩‍👧 family friend 🇳🇿")]
    [InlineData("<script>alert('x')</script>", "<b>Boss</b> & \"Co\"", "<img src=x onerror=alert(1)> &amp; &lt;")]
    public async Task Unicode_and_html_looking_text_is_stored_and_read_back_exactly(string name, string title, string notes)
    {
        var id = await Alice.AddContactAsync(new ContactForm
        {
            Name = name, Title = title, Notes = notes, HowWeMet = notes, CompanyName = title, Location = name, Tags = [title],
        });

        var contact = (await Alice.Contacts.GetAsync(id, None))!;
        Assert.Equal(name, contact.Name);
        Assert.Equal(title, contact.Title);
        Assert.Equal(notes, contact.Notes);
        Assert.Equal(notes, contact.HowWeMet);
        Assert.Equal(name, contact.Location);
        Assert.Equal(title, contact.Company!.Name);
        Assert.Equal(title.ToLowerInvariant(), Assert.Single(contact.Tags).Name);
        var row = Assert.Single((await Alice.Contacts.SearchAsync(new ContactQuery(), None)).Items);
        Assert.Equal((name, title, title), (row.Name, row.Title, row.CompanyName));
    }
}
