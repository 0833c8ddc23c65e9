using JobNetwork.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobNetwork.E2E.Flows;

/// <summary>The settings form saves through the circuit, says so, and the value survives a reload and reaches the dashboard.</summary>
[Collection(SharedBrowser.Name)]
public sealed class SettingsCanBeSaved(BrowserFixture browser, AppServerFixture app) : IClassFixture<AppServerFixture>
{
    /// <summary>The snackbar fades in; the screenshot should show it, not a ghost of it.</summary>
    private const string SnackbarSettled =
        "() => { const s = document.querySelector('.mud-snackbar'); return !!s && s.getAnimations({ subtree: true }).every(a => a.playState !== 'running'); }";

    [Theory]
    [InlineData(Device.Desktop, 7)]
    [InlineData(Device.Phone, 12)]
    public async Task Changing_the_active_leads_goal_is_saved_and_persists(Device device, int goal)
    {
        await PageSession.RunAsync(browser.Browser, app.Server, device, "settings", async session =>
        {
            var page = session.Page;
            await session.SignInAsync(AppServerFixture.AdminEmail, AppServerFixture.AdminPassword);

            await session.GotoAsync("settings");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Settings", Level = 1 })).ToBeVisibleAsync();
            await session.WaitForInteractiveAsync();
            var goalField = page.GetByLabel("Active leads goal");
            await Expect(goalField).ToBeEditableAsync();
            await session.AssertNoSeriousAccessibilityViolationsAsync();

            await goalField.FillAsync(goal.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await goalField.BlurAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
            await Expect(page.GetByText("Settings saved.")).ToBeVisibleAsync();
            await page.WaitForFunctionAsync(SnackbarSettled);
            await session.ScreenshotAsync("settings-saved");

            await session.ReloadAsync();
            await session.WaitForInteractiveAsync();
            await Expect(page.GetByLabel("Active leads goal")).ToHaveValueAsync(goal.ToString(System.Globalization.CultureInfo.InvariantCulture));

            await session.GotoAsync("/");
            await Expect(page.GetByRole(AriaRole.Img, new() { Name = $"0 of {goal} active leads" })).ToBeVisibleAsync();
        });
    }
}
