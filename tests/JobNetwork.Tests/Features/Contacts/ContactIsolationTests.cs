using JobNetwork.Tests.Data;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Contacts;
using Microsoft.EntityFrameworkCore;
using JobNetwork.Web.Domain;

namespace JobNetwork.Tests.Features.Contacts;

[Trait("Database", "Any")]
public sealed class ContactIsolationTests : TwoUserTestBase
{
    private int aliceCircle;
    private int aliceContact;

    private async Task SeedAliceAsync()
    {
        aliceCircle = await Alice.AddCircleAsync("Friends");
        aliceContact = await Alice.AddContactAsync(new ContactForm
        {
            Name = "Ann Archer", Email = "ann@example.com", Phone = "(415) 555-0100", CompanyName = "Acme",
            CircleIds = [aliceCircle], Tags = ["mentor"],
        });
    }

    [Fact]
    public async Task Another_user_cannot_read_update_or_delete_my_contact()
    {
        await SeedAliceAsync();
        var form = ContactForm.From((await Alice.Contacts.GetAsync(aliceContact, None))!);
        form.Name = "Hijacked";

        Assert.Null(await Bob.Contacts.GetAsync(aliceContact, None));
        Assert.Equal(SaveStatus.NotFound, (await Bob.Contacts.UpdateAsync(aliceContact, form, None)).Status);
        Assert.Null(await Bob.Trash.MoveToTrashAsync(TrashKind.Contact, aliceContact, None));

        Assert.Equal("Ann Archer", (await Alice.Contacts.GetAsync(aliceContact, None))!.Name);
    }

    [Fact]
    public async Task Bulk_actions_on_my_ids_by_another_user_do_nothing()
    {
        await SeedAliceAsync();
        var bobsCircle = await Bob.AddCircleAsync("Bob's friends");

        Assert.Equal(0, await Bob.Contacts.AddToCircleAsync([aliceContact], bobsCircle, None));
        Assert.Equal(0, await Bob.Contacts.TagAsync([aliceContact], "hacked", None));
        Assert.Null(await Bob.Trash.MoveContactsToTrashAsync([aliceContact], None));

        var stored = (await Alice.Contacts.GetAsync(aliceContact, None))!;
        Assert.Equal(aliceCircle, Assert.Single(stored.Memberships).CircleId);
        Assert.Equal("mentor", Assert.Single(stored.Tags).Name);
    }

    [Fact]
    public async Task Another_user_cannot_put_their_contacts_in_my_circle()
    {
        await SeedAliceAsync();
        var bobs = await Bob.AddContactAsync("Bo");

        Assert.Equal(0, await Bob.Contacts.AddToCircleAsync([bobs], aliceCircle, None));
        var created = await Bob.Contacts.CreateAsync(new ContactForm { Name = "Bea", CircleIds = [aliceCircle] }, None);

        Assert.Equal(SaveStatus.Invalid, created.Status);
        Assert.Equal(1, Assert.Single(await Alice.Circles.ListAsync(None)).ContactCount);
    }

    [Fact]
    public async Task Search_tags_duplicates_and_matching_ids_never_show_my_contacts_to_another_user()
    {
        await SeedAliceAsync();
        await Bob.AddContactAsync("Bo");
        var companyId = (await Alice.Contacts.GetAsync(aliceContact, None))!.CompanyId;

        var everything = await Bob.Contacts.SearchAsync(new ContactQuery { PageSize = 1000 }, None);
        Assert.Equal(["Bo"], everything.Items.Select(r => r.Name));
        Assert.Equal(1, everything.TotalCount);
        Assert.Empty((await Bob.Contacts.SearchAsync(new ContactQuery { Search = "archer" }, None)).Items);
        Assert.Empty((await Bob.Contacts.SearchAsync(new ContactQuery { CircleId = aliceCircle }, None)).Items);
        Assert.Empty((await Bob.Contacts.SearchAsync(new ContactQuery { CompanyId = companyId }, None)).Items);
        Assert.Empty((await Bob.Contacts.SearchAsync(new ContactQuery { Tag = "mentor" }, None)).Items);
        Assert.Empty(await Bob.Contacts.GetTagsAsync(None));
        Assert.Empty(await Bob.Contacts.MatchingIdsAsync(new ContactQuery { Search = "ann" }, None));
        Assert.Empty(await Bob.Contacts.FindDuplicatesAsync(
            new ContactForm { Name = "Ann", Email = "ann@example.com", Phone = "+1 415 555 0100" }, null, None));
    }

    [Fact]
    public async Task The_contact_queries_over_another_users_context_never_leak_rows()
    {
        await SeedAliceAsync();
        var everyQuery = new[]
        {
            new ContactQuery(), new ContactQuery { Search = "ann" }, new ContactQuery { CircleId = aliceCircle },
            new ContactQuery { Tag = "mentor" }, new ContactQuery { Sort = ContactSort.Company, Descending = true },
        };

        await using var bobsDb = Bob.Db();
        foreach (var query in everyQuery)
        {
            Assert.Empty(await bobsDb.Contacts.Filter(query).Sort(query.Sort, query.Descending).ToRows().ToListAsync());
        }

        await using var alicesDb = Alice.Db();
        Assert.Single(await alicesDb.Contacts.Filter(new ContactQuery { Tag = "mentor" }).ToRows().ToListAsync());
    }
}
