using JobNetwork.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobNetwork.E2E.Flows;

/// <summary>The shell fits the screen without sideways scrolling, and the app-bar toggle switches the theme to dark and keeps it.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ThemeAndPhoneLayout(BrowserFixture browser, AppServerFixture app) : IClassFixture<AppServerFixture>
{
    private const string BackgroundLuminance =
        """
        () => {
            const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
            return Math.round(0.2126 * r + 0.7152 * g + 0.0722 * b);
        }
        """;

    [Theory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task Dashboard_fits_the_screen_and_the_theme_toggle_switches_to_dark(Device device)
    {
        await PageSession.RunAsync(browser.Browser, app.Server, device, "theme", async session =>
        {
            var page = session.Page;
            await session.SignInAsync(AppServerFixture.AdminEmail, AppServerFixture.AdminPassword);
            await AssertNoHorizontalScrollAsync(session);
            Assert.True(await page.EvaluateAsync<int>(BackgroundLuminance) > 128, "The default theme (following a light system) should be light.");
            await session.ScreenshotAsync("theme-1-light-dashboard");

            // system -> light -> dark
            await page.GetByRole(AriaRole.Button, new() { Name = "Theme: follows your system (switch to light)" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Theme: light (switch to dark)" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Theme: dark (switch to follow the system)" })).ToBeVisibleAsync();
            await page.WaitForFunctionAsync($"() => ({BackgroundLuminance})() < 80");
            await page.Mouse.MoveAsync(0, 0);
            await session.ScreenshotAsync("theme-2-dark-dashboard");

            // The choice is a cookie, so the next page load (server-rendered) is dark from the first paint.
            await session.ReloadAsync();
            Assert.True(await page.EvaluateAsync<int>(BackgroundLuminance) < 80, "The dark theme should survive a reload.");
            await session.WaitForInteractiveAsync();
            await AssertNoHorizontalScrollAsync(session);
            await session.AssertNoSeriousAccessibilityViolationsAsync();

            // Static account pages honour it too.
            await session.GotoAsync("Account/Manage");
            Assert.True(await page.EvaluateAsync<int>(BackgroundLuminance) < 80, "The account pages should follow the dark theme.");
            await AssertNoHorizontalScrollAsync(session);
            await session.ScreenshotAsync("theme-3-dark-account");
            await session.AssertNoSeriousAccessibilityViolationsAsync();
        });
    }

    private static async Task AssertNoHorizontalScrollAsync(PageSession session)
    {
        var scrollWidth = await session.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= session.Device.Width() + 1,
            $"{session.Page.Url} scrolls sideways at {session.Device.Width()}px: the document is {scrollWidth}px wide.");
    }
}
