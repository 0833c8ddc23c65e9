using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Circles;
using JobNetwork.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.Circles;

[Trait("Database", "Any")]
public sealed class CircleIsolationTests : TwoUserTestBase
{
    [Fact]
    public async Task Another_user_cannot_see_change_unplug_or_delete_my_circles()
    {
        var friends = await Alice.AddCircleAsync("Alice's friends");
        await Alice.AddContactAsync("Ann", friends);
        var form = CircleForm.From((await Alice.Circles.GetAsync(friends, None))!);
        form.Name = "Hijacked";

        Assert.Null(await Bob.Circles.GetAsync(friends, None));
        Assert.Empty(await Bob.Circles.ListAsync(None));
        Assert.Equal(SaveStatus.NotFound, (await Bob.Circles.SaveAsync(friends, form, None)).Status);
        Assert.False(await Bob.Circles.SetPluggedInAsync(friends, false, None));
        Assert.Null(await Bob.Trash.MoveToTrashAsync(TrashKind.Circle, friends, None));

        var stored = (await Alice.Circles.GetAsync(friends, None))!;
        Assert.Equal(("Alice's friends", true), (stored.Name, stored.IsPluggedIn));
        Assert.Equal(1, Assert.Single(await Alice.Circles.ListAsync(None)).ContactCount);
    }

    [Fact]
    public async Task Starter_circles_are_per_user()
    {
        await Alice.Circles.CreateStarterCirclesAsync([CircleKind.Friends, CircleKind.Acquaintances], None);

        Assert.Equal(2, await Bob.Circles.CreateStarterCirclesAsync([CircleKind.Friends, CircleKind.Acquaintances], None));

        Assert.Equal(2, (await Alice.Circles.ListAsync(None)).Count);
        Assert.Equal(2, (await Bob.Circles.ListAsync(None)).Count);
        await using var db = Unfiltered();
        Assert.Equal(2, await db.Circles.IgnoreQueryFilters().CountAsync(c => c.OwnerId == Bob.Id));
    }
}
