using JobNetwork.E2E.Infrastructure;
using JobNetwork.E2E.Steps;
using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.JobLeads;
using JobNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobNetwork.E2E.Flows;

/// <summary>
/// Issue 17: the leads page at 1280 px shows every pipeline column without sideways scrolling; at 390 px the filters fold
/// behind one "Filters" button with a count, and the board shows one column at a time, picked by status with exact counts.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class LeadsAtEveryWidth(BrowserFixture browser, AppServerFixture app) : IClassFixture<AppServerFixture>
{
    /// <summary>Seven leads over four columns; the two applied-for ones were advertised, the rest never were.</summary>
    private static readonly (string Title, string Company, JobLeadStatus Status, bool Advertised)[] Leads =
    [
        ("Platform engineer", "Initech", JobLeadStatus.Found, false),
        ("Site reliability engineer", "Globex", JobLeadStatus.Found, false),
        ("Data analyst", "Umbrella Health", JobLeadStatus.Found, false),
        ("Backend developer", "Hooli", JobLeadStatus.Applied, true),
        ("Engineering manager", "Initech", JobLeadStatus.Applied, true),
        ("Staff engineer", "Vandelay Industries", JobLeadStatus.Interviewing, false),
        ("Solutions architect", "Globex", JobLeadStatus.Offer, false),
    ];

    [Theory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task The_leads_page_fits_the_screen_with_every_column_on_a_desktop_and_one_at_a_time_on_a_phone(Device device)
    {
        await PageSession.RunAsync(browser.Browser, app.Server, device, "leads-width", async session =>
        {
            var page = session.Page;
            var email = await session.SignInAsNewUserAsync("leads-width");
            await SeedLeadsAsync(app.Server, email);
            if (device == Device.Desktop)
            {
                // The narrowest common laptop width, with the navigation drawer open beside the page.
                await page.SetViewportSizeAsync(1280, 900);
            }

            await session.OpenAsync("leads", "Job leads");
            if (device == Device.Desktop)
            {
                await EveryColumnFitsAsync(session);
            }
            else
            {
                await OneColumnAtATimeAsync(session);
            }
        });
    }

    private static async Task EveryColumnFitsAsync(PageSession session)
    {
        var page = session.Page;
        foreach (var status in JobLeadText.Pipeline)
        {
            await Expect(Column(page, status.Label())).ToBeVisibleAsync();
        }

        await Expect(Column(page, "Found").GetByRole(AriaRole.Heading)).ToHaveTextAsync("Found (3)");
        await Expect(Column(page, "Applied").GetByRole(AriaRole.Link)).ToHaveCountAsync(2);
        await Expect(Column(page, "Closed").GetByRole(AriaRole.Heading)).ToHaveTextAsync("Closed (0)");
        await Expect(page.Button("Filters")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Found (3)" })).ToBeHiddenAsync();
        await Expect(page.GetByLabel("Company", new() { Exact = true })).ToBeVisibleAsync();
        Assert.Equal(0, await session.HorizontalOverflowAsync());
        var board = page.Locator(".jn-board");
        Assert.True(await board.EvaluateAsync<bool>("b => b.scrollWidth <= b.clientWidth"), "The board scrolls sideways at 1280 px.");
        var lastColumnRight = await Column(page, "Closed").EvaluateAsync<double>("c => c.getBoundingClientRect().right");
        Assert.True(lastColumnRight <= 1280, $"The last column ends at {lastColumnRight}px, beyond the 1280 px window.");
        await session.CheckpointAsync("leads-width-1-board");

        await page.GetByRole(AriaRole.Tab, new() { Name = "List" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Staff engineer" })).ToBeVisibleAsync();
        Assert.Equal(0, await session.HorizontalOverflowAsync());
        await session.CheckpointAsync("leads-width-2-list");
    }

    private static async Task OneColumnAtATimeAsync(PageSession session)
    {
        var page = session.Page;
        // The filters wait behind one button, so the first lead is on the first screen.
        var filters = page.Button("Filters");
        await Expect(filters).ToBeVisibleAsync();
        await Expect(filters).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(page.GetByLabel("Company", new() { Exact = true })).ToBeHiddenAsync();
        await Expect(page.GetByLabel("Advertised?", new() { Exact = true })).ToBeHiddenAsync();

        // One column shows: the first with leads in it, and the switcher names every column with its exact count.
        await Expect(Column(page, "Found")).ToBeVisibleAsync();
        await Expect(Column(page, "Found").GetByRole(AriaRole.Link)).ToHaveCountAsync(3);
        await Expect(Column(page, "Applied")).ToBeHiddenAsync();
        var switcher = page.Locator(".jn-board-switcher");
        await Expect(switcher.Locator(".mud-chip")).ToHaveTextAsync(
            ["Found (3)", "Applied (2)", "Interviewing (1)", "Offer (1)", "Accepted (0)", "Turned down (0)", "Withdrawn (0)", "Closed (0)"]);
        var firstCard = await page.GetByRole(AriaRole.Link, new() { Name = "Platform engineer" }).BoundingBoxAsync();
        Assert.True(firstCard is { Y: < 844 }, $"The first lead should be on the first screen; it is at {firstCard?.Y}px.");
        Assert.Equal(0, await session.HorizontalOverflowAsync());
        await session.CheckpointAsync("leads-width-1-board");

        await switcher.GetByText("Applied (2)").ClickAsync();
        await Expect(Column(page, "Applied")).ToBeVisibleAsync();
        await Expect(Column(page, "Applied").GetByRole(AriaRole.Link)).ToHaveCountAsync(2);
        await Expect(Column(page, "Found")).ToBeHiddenAsync();
        Assert.Equal(0, await session.HorizontalOverflowAsync());
        await session.CheckpointAsync("leads-width-2-applied-column");

        await filters.ClickAsync();
        await Expect(filters).ToHaveAttributeAsync("aria-expanded", "true");
        var advertised = page.GetByLabel("Advertised?", new() { Exact = true });
        await Expect(advertised).ToBeVisibleAsync();
        await advertised.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Never advertised", Exact = true }).ClickAsync();
        await Expect(page.Button("Filters (1)")).ToBeVisibleAsync();
        await Expect(switcher.Locator(".mud-chip")).ToHaveTextAsync(
            ["Found (3)", "Applied (0)", "Interviewing (1)", "Offer (1)", "Accepted (0)", "Turned down (0)", "Withdrawn (0)", "Closed (0)"]);
        await Expect(Column(page, "Applied").GetByRole(AriaRole.Link)).ToHaveCountAsync(0);
        Assert.Equal(0, await session.HorizontalOverflowAsync());
        await session.CheckpointAsync("leads-width-3-filters-open");

        await page.Button("Filters (1)").ClickAsync();
        await Expect(advertised).ToBeHiddenAsync();
        await switcher.GetByText("Interviewing (1)").ClickAsync();
        await Expect(Column(page, "Interviewing").GetByRole(AriaRole.Link, new() { Name = "Staff engineer" })).ToBeVisibleAsync();
        await session.CheckpointAsync("leads-width-4-interviewing-filtered");
    }

    private static ILocator Column(IPage page, string status) => page.GetByLabel($"{status} column", new() { Exact = true });

    private static async Task SeedLeadsAsync(AppServer server, string email)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException(email);
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(user.Id);
        var leads = scope.ServiceProvider.GetRequiredService<JobLeadService>();
        foreach (var (title, company, status, advertised) in Leads)
        {
            var saved = await leads.CreateAsync(new JobLeadForm
            {
                Title = title, CompanyName = company, Source = LeadSource.FoundMyself, FoundVia = "Company careers page", Advertising = advertised ? Advertising.Advertised : Advertising.NeverAdvertised,
            }, CancellationToken.None);
            var id = saved.Id ?? throw new InvalidOperationException(saved.Message);
            if (status != JobLeadStatus.Found)
            {
                var lead = await leads.GetAsync(id, CancellationToken.None) ?? throw new InvalidOperationException(title);
                await leads.MoveAsync(id, status, lead.Version, CancellationToken.None);
            }
        }
    }
}
