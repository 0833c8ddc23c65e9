using JobNetwork.E2E.Infrastructure;
using JobNetwork.E2E.Steps;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobNetwork.E2E.Flows;

/// <summary>
/// Issue 17's rough edges on Settings: without a mail server the daily hour (the webhook's) can still be seen and set,
/// and the calendar-feed link has a copy button that puts the link on the clipboard.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class SettingsHourAndFeedLink(BrowserFixture browser, AppServerFixture app) : IClassFixture<AppServerFixture>
{
    [Theory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task The_webhook_hour_is_set_without_a_mail_server_and_the_feed_link_is_copied(Device device)
    {
        await PageSession.RunAsync(browser.Browser, app.Server, device, "settings-hour-feed", async session =>
        {
            var page = session.Page;
            await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
            await session.SignInAsNewUserAsync("hour");
            await session.OpenAsync("settings", "Settings");
            await Expect(page.GetByText("A daily email is available once the administrator")).ToBeVisibleAsync();

            await page.GetByLabel("Send it at").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "18:00", Exact = true }).ClickAsync();
            // The pick is taken once the select shows it; saving before that (a loaded machine) saved the old hour.
            await Expect(page.Locator(".mud-select").Filter(new() { HasText = "Send it at" }).First).ToContainTextAsync("18:00");
            await page.GetByLabel("Webhook URL (optional)").FillAsync("https://ntfy.example/my-search");
            await page.Button("Save settings").ClickAsync();
            await page.ExpectSnackbarAsync("Settings saved.");

            await session.ReloadAsync();
            await session.WaitForInteractiveAsync();
            await Expect(page.Locator(".mud-select").Filter(new() { HasText = "Send it at" }).First).ToContainTextAsync("18:00");

            await page.Button("Turn on the calendar feed").ClickAsync();
            var feedUrl = await page.GetByLabel("Your private feed URL").InputValueAsync();
            Assert.EndsWith(".ics", feedUrl, StringComparison.Ordinal);
            await page.Button("Copy link").ClickAsync();
            await Expect(page.Locator(".mud-snackbar").Filter(new() { HasText = "Calendar feed link copied." })).ToBeVisibleAsync();
            Assert.Equal(feedUrl, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
            await session.CheckpointAsync("settings-hour-and-feed-link");
            await session.AssertNoSeriousAccessibilityViolationsAsync();
        });
    }
}
