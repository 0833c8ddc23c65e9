using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Circles;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Contacts;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.Circles;

[Trait("Database", "Any")]
public sealed class CircleServiceTests : TwoUserTestBase
{
    [Fact]
    public async Task A_new_circle_is_saved_trimmed_and_plugged_in_today_in_the_users_time_zone()
    {
        await Alice.UseTimeZoneAsync("Pacific/Auckland"); // 2026-06-15 12:00 UTC is 16 June 00:00 in Auckland.

        var result = await Alice.Circles.SaveAsync(null,
            new CircleForm { Name = "  Temple Beth El  ", Kind = CircleKind.CommunityGroup, Focus = "  ", CadenceDays = 14 }, None);

        Assert.Equal(SaveStatus.Saved, result.Status);
        var circle = await Alice.Circles.GetAsync(result.Id!.Value, None);
        Assert.NotNull(circle);
        Assert.Equal("Temple Beth El", circle.Name);
        Assert.Equal(CircleKind.CommunityGroup, circle.Kind);
        Assert.Null(circle.Focus);
        Assert.Equal(14, circle.CadenceDays);
        Assert.True(circle.IsPluggedIn);
        Assert.Equal(new DateOnly(2026, 6, 16), circle.PluggedInOn);
    }

    [Fact]
    public async Task An_edit_with_the_current_version_is_saved_and_a_stale_one_is_changed_elsewhere()
    {
        var id = await Alice.AddCircleAsync("Friends");
        var firstTab = CircleForm.From((await Alice.Circles.GetAsync(id, None))!);
        var secondTab = CircleForm.From((await Alice.Circles.GetAsync(id, None))!);

        firstTab.Name = "Close friends";
        secondTab.Name = "Old friends";
        var first = await Alice.Circles.SaveAsync(id, firstTab, None);
        var second = await Alice.Circles.SaveAsync(id, secondTab, None);

        Assert.Equal(SaveStatus.Saved, first.Status);
        Assert.Equal(SaveStatus.ChangedElsewhere, second.Status);
        Assert.Equal("Close friends", (await Alice.Circles.GetAsync(id, None))!.Name);
    }

    [Fact]
    public async Task Saving_a_circle_that_does_not_exist_is_not_found()
    {
        var result = await Alice.Circles.SaveAsync(12345, new CircleForm { Name = "Ghost" }, None);

        Assert.Equal(SaveStatus.NotFound, result.Status);
    }

    [Fact]
    public async Task The_list_shows_plugged_in_circles_first_with_their_contact_counts()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var coworkers = await Alice.AddCircleAsync("Coworkers", CircleKind.Coworkers);
        await Alice.AddContactAsync("Ann", friends);
        await Alice.AddContactAsync("Ben", friends, coworkers);
        await Alice.Circles.SetPluggedInAsync(friends, false, None);

        var list = await Alice.Circles.ListAsync(None);

        Assert.Collection(list,
            c => Assert.Equal(("Coworkers", true, 1), (c.Name, c.IsPluggedIn, c.ContactCount)),
            c => Assert.Equal(("Friends", false, 2), (c.Name, c.IsPluggedIn, c.ContactCount)));
    }

    [Fact]
    public async Task Starter_circles_are_created_in_the_given_order_and_not_duplicated_on_a_second_call()
    {
        var created = await Alice.Circles.CreateStarterCirclesAsync(CircleKindText.StarterKinds, None);
        var again = await Alice.Circles.CreateStarterCirclesAsync(
            [CircleKind.Friends, CircleKind.Alumni, CircleKind.Alumni], None);

        Assert.Equal(CircleKindText.StarterKinds.Count, created);
        Assert.Equal(1, again);
        await using var db = Alice.Db();
        var stored = await db.Circles.OrderBy(c => c.Id).Select(c => new { c.Kind, c.Name }).ToListAsync();
        Assert.Equal([.. CircleKindText.StarterKinds, CircleKind.Alumni], stored.Select(c => c.Kind));
        Assert.Equal(stored.Select(c => c.Kind.Label()), stored.Select(c => c.Name));
    }

    [Fact]
    public async Task A_circle_can_be_unplugged_and_plugged_back_in()
    {
        var id = await Alice.AddCircleAsync("Acquaintances", CircleKind.Acquaintances);

        Assert.True(await Alice.Circles.SetPluggedInAsync(id, false, None));
        Assert.False((await Alice.Circles.GetAsync(id, None))!.IsPluggedIn);
        Assert.True(await Alice.Circles.SetPluggedInAsync(id, true, None));
        Assert.True((await Alice.Circles.GetAsync(id, None))!.IsPluggedIn);
        Assert.False(await Alice.Circles.SetPluggedInAsync(id + 100, false, None));
    }

    [Fact]
    public async Task Trashing_a_circle_keeps_its_contacts_and_hides_only_the_memberships()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var ann = await Alice.AddContactAsync("Ann", friends);

        Assert.NotNull(await Alice.Trash.MoveToTrashAsync(TrashKind.Circle, friends, None));

        Assert.Null(await Alice.Circles.GetAsync(friends, None));
        var contact = await Alice.Contacts.GetAsync(ann, None);
        Assert.NotNull(contact);
        Assert.Empty(contact.Memberships);
    }

    [Fact]
    public async Task Trashing_a_contacts_primary_circle_promotes_another_membership_to_primary()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        var alumni = await Alice.AddCircleAsync("Alumni", CircleKind.Alumni);
        var coworkers = await Alice.AddCircleAsync("Coworkers", CircleKind.Coworkers);
        var ben = await Alice.AddContactAsync(new ContactForm { Name = "Ben", CircleIds = [coworkers, friends, alumni], PrimaryCircleId = friends });
        var cai = await Alice.AddContactAsync(new ContactForm { Name = "Cai", CircleIds = [friends, coworkers], PrimaryCircleId = coworkers });

        Assert.NotNull(await Alice.Trash.MoveToTrashAsync(TrashKind.Circle, friends, None));

        var benAfter = (await Alice.Contacts.GetAsync(ben, None))!;
        Assert.Equal(2, benAfter.Memberships.Count);
        Assert.Equal(alumni, Assert.Single(benAfter.Memberships, m => m.IsPrimary).CircleId);
        var caiAfter = (await Alice.Contacts.GetAsync(cai, None))!;
        Assert.Equal(coworkers, Assert.Single(caiAfter.Memberships).CircleId);
        Assert.True(caiAfter.Memberships[0].IsPrimary);
    }

    [Fact]
    public async Task Trashing_a_circle_that_does_not_exist_gives_no_receipt()
    {
        Assert.Null(await Alice.Trash.MoveToTrashAsync(TrashKind.Circle, 999, None));
    }
}
