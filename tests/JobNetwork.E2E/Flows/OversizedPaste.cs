using JobNetwork.E2E.Infrastructure;
using JobNetwork.E2E.Steps;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobNetwork.E2E.Flows;

/// <summary>
/// A megabyte pasted into a search box must not end the circuit: the hub refuses messages over 32 KB, so every
/// interactive input carries a maxlength and the browser trims the paste before Blazor sends it.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class OversizedPaste(BrowserFixture browser, AppServerFixture app) : IClassFixture<AppServerFixture>
{
    private static readonly string OneMegabyte = new('x', 1024 * 1024);

    [Fact]
    public async Task A_megabyte_pasted_into_search_boxes_leaves_the_page_working()
    {
        await PageSession.RunAsync(browser.Browser, app.Server, Device.Desktop, "oversized-paste", async session =>
        {
            var page = session.Page;
            await session.SignInAsNewUserAsync("paste");
            await session.StartNetworkWithFriendAsync("Dana Levi");

            foreach (var (path, heading, box) in new[] { ("contacts", "Contacts", "Search contacts"), ("circles", "Circles", "Search circles"), ("companies", "Companies", "Search companies") })
            {
                await session.OpenAsync(path, heading);
                var search = page.GetByLabel(box, new() { Exact = true });
                await search.FillAsync(OneMegabyte);
                var kept = await search.InputValueAsync();
                Assert.True(kept.Length <= 200, $"The {path} search box kept {kept.Length} characters.");
                // Still live: the reconnect dialog never shows and the page still answers a search.
                await search.FillAsync("Dana");
                await Expect(page.Locator("#components-reconnect-modal[open], .components-reconnect-show")).ToHaveCountAsync(0);
            }

            await session.OpenAsync("contacts", "Contacts");
            await page.GetByLabel("Search contacts", new() { Exact = true }).FillAsync(OneMegabyte);
            await page.GetByLabel("Search contacts", new() { Exact = true }).FillAsync("Dana");
            await Expect(page.Link("Dana Levi")).ToBeVisibleAsync();
            await session.ScreenshotAsync("oversized-paste");
            session.AssertNoBrowserErrors();
        });
    }
}
