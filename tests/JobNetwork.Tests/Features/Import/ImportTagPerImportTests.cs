using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.Import;

namespace JobNetwork.Tests.Features.Import;

/// <summary>Every import gets a tag of its own, so "see the imported people" never mixes two imports.</summary>
[Trait("Database", "Any")]
public sealed class ImportTagPerImportTests : ImportTestBase
{
    private const string FirstFile = "Name,Email\nAnn Lee,ann@example.com\nBen Ng,ben@example.com\n";
    private const string SecondFile = "Name,Email\nChloé Dubois,chloe@example.com\n";

    private ImportTagNamer NamerFor(TestUser user) => new(user.Factory, user.UserClock, Clock);

    private async Task<string> ImportWithTheProposedTagAsync(TestUser user, string csv)
    {
        var tag = await NamerFor(user).ProposeAsync(None);
        var summary = await ImportAsync(user, Csv(csv), options: new ImportOptions(Tag: tag));
        Assert.True(summary.Succeeded);
        return tag;
    }

    private static async Task<IEnumerable<string>> TaggedAsync(TestUser user, string tag) =>
        (await user.Contacts.SearchAsync(new ContactQuery { Tag = tag }, None)).Items.Select(c => c.Name).Order();

    [Fact]
    public async Task The_proposed_tag_is_the_users_local_time_to_the_second()
    {
        await Alice.UseTimeZoneAsync("Europe/Paris");
        Clock.SetUtcNow(new DateTimeOffset(2026, 6, 15, 12, 5, 33, TimeSpan.Zero));

        Assert.Equal("imported 2026-06-15 14:05:33", await NamerFor(Alice).ProposeAsync(None));
    }

    [Fact]
    public async Task Two_imports_in_the_same_minute_get_different_tags_and_each_tag_lists_only_its_own_people()
    {
        var first = await ImportWithTheProposedTagAsync(Alice, FirstFile);
        Clock.Advance(TimeSpan.FromSeconds(20));
        var second = await ImportWithTheProposedTagAsync(Alice, SecondFile);

        Assert.Equal(("imported 2026-06-15 12:00:00", "imported 2026-06-15 12:00:20"), (first, second));
        Assert.Equal(["Ann Lee", "Ben Ng"], await TaggedAsync(Alice, first));
        Assert.Equal(["Chloé Dubois"], await TaggedAsync(Alice, second));
    }

    [Fact]
    public async Task Two_imports_in_the_same_second_get_a_counter()
    {
        var first = await ImportWithTheProposedTagAsync(Alice, FirstFile);
        var second = await ImportWithTheProposedTagAsync(Alice, SecondFile);
        var third = await ImportWithTheProposedTagAsync(Alice, "Name\nDan Ito\n");

        Assert.Equal(["imported 2026-06-15 12:00:00", "imported 2026-06-15 12:00:00 (2)", "imported 2026-06-15 12:00:00 (3)"], [first, second, third]);
        Assert.Equal(["Ann Lee", "Ben Ng"], await TaggedAsync(Alice, first));
        Assert.Equal(["Chloé Dubois"], await TaggedAsync(Alice, second));
        Assert.Equal(["Dan Ito"], await TaggedAsync(Alice, third));
    }

    [Fact]
    public async Task A_tag_taken_between_the_preview_and_the_import_is_replaced_by_a_free_one()
    {
        var proposedInBothTabs = await NamerFor(Alice).ProposeAsync(None);
        await ImportAsync(Alice, Csv(FirstFile), options: new ImportOptions(Tag: proposedInBothTabs));

        Assert.Equal($"{proposedInBothTabs} (2)", await NamerFor(Alice).FreeAsync(proposedInBothTabs, None));
    }

    [Fact]
    public async Task A_trashed_contacts_tag_still_counts_as_taken_because_undo_brings_it_back()
    {
        var first = await ImportWithTheProposedTagAsync(Alice, "Name\nAnn Lee\n");
        var ann = Assert.Single((await Alice.Contacts.SearchAsync(new ContactQuery { Tag = first }, None)).Items);
        await Alice.Trash.MoveToTrashAsync(TrashKind.Contact, ann.Id, None);

        Assert.Equal($"{first} (2)", await NamerFor(Alice).ProposeAsync(None));
    }

    [Fact]
    public async Task Another_users_tags_do_not_count_and_a_long_tag_keeps_its_counter_within_the_limit()
    {
        var first = await ImportWithTheProposedTagAsync(Bob, FirstFile);
        Assert.Equal(first, await NamerFor(Alice).ProposeAsync(None));

        var longTag = new string('x', ContactTag.NameMaxLength);
        await ImportAsync(Alice, Csv(SecondFile), options: new ImportOptions(Tag: longTag));
        var free = await NamerFor(Alice).FreeAsync(longTag, None);

        Assert.InRange(free.Length, 1, ContactTag.NameMaxLength);
        Assert.EndsWith(" (2)", free, StringComparison.Ordinal);
    }
}
