using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Import;

namespace JobNetwork.Tests.Features.Import;

/// <summary>No circle is proposed for an import until the user has chosen one for that kind of file; then that one is.</summary>
[Trait("Database", "Any")]
public sealed class ImportCircleMemoryTests : TwoUserTestBase
{
    private ImportCircleMemory MemoryFor(TestUser user) => new(user.Factory, Clock);

    [Fact]
    public async Task Nothing_is_proposed_before_a_choice_even_when_a_coworkers_circle_exists()
    {
        await Alice.AddCircleAsync("Coworkers (current)", CircleKind.Coworkers);
        await Alice.AddCircleAsync("Former coworkers", CircleKind.FormerCoworkers);

        var circles = await Alice.Circles.ListAsync(None);

        Assert.Null(await MemoryFor(Alice).ProposeAsync(ImportFormat.LinkedInCsv, circles, None));
        Assert.Null(await MemoryFor(Alice).ProposeAsync(ImportFormat.VCard, circles, None));
    }

    [Fact]
    public async Task The_circle_chosen_for_a_kind_of_file_is_proposed_for_that_kind_only_and_a_later_choice_replaces_it()
    {
        var coworkers = await Alice.AddCircleAsync("Coworkers (current)", CircleKind.Coworkers);
        var acquaintances = await Alice.AddCircleAsync("Acquaintances", CircleKind.Acquaintances);

        await MemoryFor(Alice).RememberAsync(ImportFormat.LinkedInCsv, acquaintances, None);
        var circles = await Alice.Circles.ListAsync(None);

        Assert.Equal(acquaintances, await MemoryFor(Alice).ProposeAsync(ImportFormat.LinkedInCsv, circles, None));
        Assert.Null(await MemoryFor(Alice).ProposeAsync(ImportFormat.VCard, circles, None));

        await MemoryFor(Alice).RememberAsync(ImportFormat.LinkedInCsv, coworkers, None);
        Assert.Equal(coworkers, await MemoryFor(Alice).ProposeAsync(ImportFormat.LinkedInCsv, circles, None));

        await MemoryFor(Alice).RememberAsync(ImportFormat.LinkedInCsv, null, None);
        Assert.Null(await MemoryFor(Alice).ProposeAsync(ImportFormat.LinkedInCsv, circles, None));
    }

    [Fact]
    public async Task A_circle_that_is_gone_is_not_proposed_and_another_users_choice_is_not_seen()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        await MemoryFor(Alice).RememberAsync(ImportFormat.VCard, friends, None);
        await Bob.AddCircleAsync("Friends");

        Assert.Null(await MemoryFor(Bob).ProposeAsync(ImportFormat.VCard, await Bob.Circles.ListAsync(None), None));

        await Alice.Trash.MoveToTrashAsync(TrashKind.Circle, friends, None);
        Assert.Null(await MemoryFor(Alice).ProposeAsync(ImportFormat.VCard, await Alice.Circles.ListAsync(None), None));
    }

    [Fact]
    public async Task The_remembered_choice_does_not_disturb_the_column_mappings()
    {
        var friends = await Alice.AddCircleAsync("Friends");
        await MemoryFor(Alice).RememberAsync(ImportFormat.OtherCsv, friends, None);

        Assert.Null(await new ColumnMappingStore(Alice.Factory, Clock).FindAsync(HeaderSignature.Of(["Name", "Email"]), None));
    }
}
