using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Contacts;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.Contacts;

[Trait("Database", "Any")]
public sealed class ContactBulkActionTests : TwoUserTestBase
{
    [Fact]
    public async Task Adding_to_a_circle_skips_existing_members_and_makes_it_primary_only_for_people_without_a_circle()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var alumni = await Alice.AddCircleAsync("Alumni", CircleKind.Alumni);
        var ann = await Alice.AddContactAsync("Ann", friends);
        var ben = await Alice.AddContactAsync("Ben");
        var cai = await Alice.AddContactAsync("Cai", alumni);

        var added = await Alice.Contacts.AddToCircleAsync([ann, ben, cai], alumni, None);

        Assert.Equal(2, added);
        var annAfter = (await Alice.Contacts.GetAsync(ann, None))!;
        Assert.Equal(friends, Assert.Single(annAfter.Memberships, m => m.IsPrimary).CircleId);
        Assert.Equal(2, annAfter.Memberships.Count);
        var benAfter = (await Alice.Contacts.GetAsync(ben, None))!;
        Assert.True(Assert.Single(benAfter.Memberships).IsPrimary);
        Assert.Single((await Alice.Contacts.GetAsync(cai, None))!.Memberships);
    }

    [Fact]
    public async Task Adding_to_a_circle_that_does_not_exist_does_nothing()
    {
        var ann = await Alice.AddContactAsync("Ann");

        Assert.Equal(0, await Alice.Contacts.AddToCircleAsync([ann], 777, None));
        Assert.Empty((await Alice.Contacts.GetAsync(ann, None))!.Memberships);
    }

    [Fact]
    public async Task Tagging_cleans_the_tag_and_skips_people_who_already_have_it()
    {
        var ann = await Alice.AddContactAsync(new ContactForm { Name = "Ann", Tags = ["mentor"] });
        var ben = await Alice.AddContactAsync("Ben");

        Assert.Equal(1, await Alice.Contacts.TagAsync([ann, ben], "  MENTOR ", None));
        Assert.Equal(0, await Alice.Contacts.TagAsync([ann, ben], "   ", None));

        Assert.Equal("mentor", Assert.Single((await Alice.Contacts.GetAsync(ben, None))!.Tags).Name);
        Assert.Single((await Alice.Contacts.GetAsync(ann, None))!.Tags);
    }

    [Fact]
    public async Task Trashing_many_removes_exactly_the_chosen_contacts()
    {
        var ann = await Alice.AddContactAsync("Ann");
        var ben = await Alice.AddContactAsync("Ben");
        var cai = await Alice.AddContactAsync("Cai");

        Assert.Equal(2, (await Alice.Trash.MoveContactsToTrashAsync([ann, cai, 9999], None))!.Count);

        await using var db = Alice.Db();
        Assert.Equal([ben], await db.Contacts.Select(c => c.Id).ToListAsync());
    }

    [Fact]
    public async Task Matching_ids_covers_every_page_of_a_filter()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var expected = new List<int>();
        for (var i = 0; i < 30; i++)
        {
            var id = await Alice.AddContactAsync($"Friend {i}", friends);
            expected.Add(id);
            await Alice.AddContactAsync($"Stranger {i}");
        }

        var ids = await Alice.Contacts.MatchingIdsAsync(new ContactQuery { CircleId = friends, PageSize = 5 }, None);
        var searched = await Alice.Contacts.MatchingIdsAsync(new ContactQuery { Search = "stranger 1" }, None);

        Assert.Equal(expected.Order(), ids.Order());
        Assert.Equal(11, searched.Count); // "Stranger 1" and "Stranger 10" … "Stranger 19"
    }

    [Fact]
    public async Task Select_all_matching_then_tag_tags_every_match()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        await Alice.AddContactAsync("Ann", friends);
        await Alice.AddContactAsync("Ben", friends);
        await Alice.AddContactAsync("Cai");

        var ids = await Alice.Contacts.MatchingIdsAsync(new ContactQuery { CircleId = friends }, None);
        await Alice.Contacts.TagAsync(ids, "friend", None);

        var tagged = await Alice.Contacts.SearchAsync(new ContactQuery { Tag = "friend" }, None);
        Assert.Equal(["Ann", "Ben"], tagged.Items.Select(r => r.Name));
    }
}
