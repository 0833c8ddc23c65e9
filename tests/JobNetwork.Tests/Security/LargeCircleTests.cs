using Bunit;
using JobNetwork.Tests.Data;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Circles;
using JobNetwork.Web.Features.Companies;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.Settings;
using JobNetwork.Web.Features.Trash;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace JobNetwork.Tests.Security;

/// <summary>10,000 people in one string: the circle page's grid and the contacts list show one page of rows, not all of them.</summary>
[Trait(Slow.Trait, Slow.Value)]
public sealed class LargeCircleTests : MudComponentTest
{
    private const int People = 10_000;

    private TestDatabase database = null!;
    private TestUser alice = null!;
    private int circleId;

    public override async Task InitializeAsync()
    {
        database = await TestDatabase.CreateMigratedAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero));
        alice = new TestUser(database, "user-alice", clock);
        circleId = await alice.AddCircleAsync("Everyone I ever met");
        await using (var db = alice.Db())
        {
            // One insert of ten thousand, as an import would: seeding through the form one by one would take minutes.
            db.Contacts.AddRange(Enumerable.Range(0, People).Select(i => new Contact
            {
                Name = $"Person {i:D5}",
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                Memberships = { new ContactCircle { CircleId = circleId, IsPrimary = true } },
            }));
            await db.SaveChangesAsync();
        }

        Context.Services.AddSingleton(alice.Factory);
        Context.Services.AddSingleton<TimeProvider>(clock);
        Context.Services.AddSingleton<SettingsService>();
        Context.Services.AddSingleton<ContactService>();
        Context.Services.AddSingleton<CompanyService>();
        Context.Services.AddSingleton<CircleService>();
        Context.Services.AddSingleton(new TrashService(alice.Factory, clock));
        Context.Services.AddSingleton(new TrashRestorer(alice.Factory));
        Context.Services.AddScoped<TrashUndo>();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public void The_circle_page_grid_shows_one_page_of_the_ten_thousand()
    {
        Context.Render<MudPopoverProvider>();
        var grid = Context.Render<ContactsGrid>(p => p.Add(g => g.FixedCircleId, circleId));

        grid.WaitForAssertion(() => Assert.Equal(25, grid.FindAll("tbody tr.mud-table-row").Count), TimeSpan.FromSeconds(30));
        Assert.Contains("of 10000", string.Join(" ", grid.FindAll(".mud-table-pagination-caption").Select(c => c.TextContent)).Replace(",", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Person 00000", grid.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Person 09999", grid.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_contacts_list_pages_the_ten_thousand_too()
    {
        Context.Render<MudPopoverProvider>();
        var grid = Context.Render<ContactsGrid>();

        grid.WaitForAssertion(() => Assert.Equal(25, grid.FindAll("tbody tr.mud-table-row").Count), TimeSpan.FromSeconds(30));
        Assert.True(grid.Markup.Length < 512 * 1024, $"The first page is {grid.Markup.Length} characters of markup.");
    }

    [Fact]
    public async Task The_circles_list_counts_the_ten_thousand_without_loading_them()
    {
        var circles = await alice.Circles.ListAsync(CancellationToken.None);

        Assert.Equal(People, Assert.Single(circles).ContactCount);
    }
}
