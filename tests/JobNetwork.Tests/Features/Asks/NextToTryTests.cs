using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Contacts;

namespace JobNetwork.Tests.Features.Asks;

[Trait("Database", "Any")]
public sealed class NextToTryTests : TwoUserTestBase
{
    private int friends;
    private int ann;

    private async Task<int> FriendAsync(string name, Closeness closeness, DateOnly? lastAsked = null)
    {
        var id = await Alice.AddContactAsync(new ContactForm { Name = name, Closeness = closeness, CircleIds = [friends] });
        if (lastAsked is { } day)
        {
            await Alice.LogAskAsync(id, day);
        }

        return id;
    }

    private async Task SeedAsync()
    {
        friends = await Alice.AddCircleAsync("Old friends");
        var coworkers = await Alice.AddCircleAsync("Coworkers", CircleKind.Coworkers);
        ann = await FriendAsync("Ann", Closeness.KnowWell);
        await Alice.LogAskAsync(ann, new DateOnly(2026, 6, 10), AskOutcome.Declined);
        await Alice.AddContactAsync(new ContactForm { Name = "Aaron (other circle)", Closeness = Closeness.KnowWell, CircleIds = [coworkers] });
    }

    [Fact]
    public async Task Someone_never_asked_comes_first_those_known_well_before_others()
    {
        await SeedAsync();
        await FriendAsync("Ben", Closeness.KnowWell, lastAsked: new DateOnly(2026, 1, 1));
        await FriendAsync("Cai", Closeness.MetOnce);
        var dee = await FriendAsync("Dee", Closeness.KnowWell);
        await FriendAsync("Eve", Closeness.Know);

        var next = await Alice.Asks.NextToTryAsync(ann, None);

        Assert.NotNull(next);
        Assert.Equal((dee, "Dee", "Old friends"), (next.Id, next.Name, next.CircleName));
        Assert.Equal("You haven't asked Dee yet.", next.Reason);
    }

    [Fact]
    public async Task When_everyone_has_been_asked_the_one_asked_longest_ago_is_next()
    {
        await SeedAsync();
        await FriendAsync("Ben", Closeness.KnowWell, lastAsked: new DateOnly(2026, 5, 1));
        var cai = await FriendAsync("Cai", Closeness.MetOnce, lastAsked: new DateOnly(2026, 2, 3));
        await Alice.LogAskAsync(cai, new DateOnly(2026, 1, 1)); // An older ask does not count: the latest one does.
        var dee = await FriendAsync("Dee", Closeness.Know, lastAsked: new DateOnly(2026, 2, 2));

        var next = await Alice.Asks.NextToTryAsync(ann, None);

        Assert.Equal(dee, next?.Id);
        Assert.Equal("You last asked Dee on 2 Feb 2026.", next?.Reason);
    }

    [Fact]
    public async Task An_unplugged_string_suggests_no_one()
    {
        await SeedAsync();
        await FriendAsync("Ben", Closeness.KnowWell);
        await Alice.Circles.SetPluggedInAsync(friends, false, None);

        Assert.Null(await Alice.Asks.NextToTryAsync(ann, None));
    }

    [Fact]
    public async Task A_contact_without_a_circle_or_alone_in_theirs_gets_no_suggestion()
    {
        await SeedAsync();
        var loner = await Alice.AddContactAsync("Loner");

        Assert.Null(await Alice.Asks.NextToTryAsync(loner, None));
        Assert.Null(await Alice.Asks.NextToTryAsync(ann, None));
    }

    [Fact]
    public async Task Only_the_primary_circle_is_used_to_choose_the_next_person()
    {
        await SeedAsync();
        var alumni = await Alice.AddCircleAsync("Alumni", CircleKind.Alumni);
        var both = await Alice.AddContactAsync(new ContactForm { Name = "Zoe", CircleIds = [alumni, friends], PrimaryCircleId = alumni });
        var alumnus = await Alice.AddContactAsync("Yan", alumni);

        Assert.Equal(both, (await Alice.Asks.NextToTryAsync(ann, None))?.Id);
        Assert.Equal(alumnus, (await Alice.Asks.NextToTryAsync(both, None))?.Id);
    }

    [Fact]
    public async Task Another_user_gets_no_suggestion_from_my_network()
    {
        await SeedAsync();
        await FriendAsync("Ben", Closeness.KnowWell);

        Assert.Null(await Bob.Asks.NextToTryAsync(ann, None));
    }
}
