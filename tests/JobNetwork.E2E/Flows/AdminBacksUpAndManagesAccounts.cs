using JobNetwork.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobNetwork.E2E.Flows;

/// <summary>The administrator sees the accounts and the instance, takes a backup from the admin page and finds it listed for download.</summary>
[Collection(SharedBrowser.Name)]
public sealed class AdminBacksUpAndManagesAccounts(BrowserFixture browser, AppServerFixture app) : IClassFixture<AppServerFixture>
{
    [Theory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task The_administrator_backs_up_the_instance_and_sees_its_accounts(Device device)
    {
        var member = $"member-{device}@example.com".ToLowerInvariant();
        await app.Server.CreateAccountAsync(member, AppServerFixture.AdminPassword, administrator: false);
        await PageSession.RunAsync(browser.Browser, app.Server, device, "admin", async session =>
        {
            var page = session.Page;
            await session.SignInAsync(AppServerFixture.AdminEmail, AppServerFixture.AdminPassword);

            await session.GotoAsync("admin");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Administration", Level = 1 })).ToBeVisibleAsync();
            await session.WaitForInteractiveAsync();
            await Expect(page.GetByText(member)).ToBeVisibleAsync();
            await Expect(page.GetByText("Database size")).ToBeVisibleAsync();
            await session.AssertNoSeriousAccessibilityViolationsAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Back up now" }).ClickAsync();
            await Expect(page.GetByText("written (")).ToBeVisibleAsync();
            // Listed, not downloadable: a backup holds every account's data (decision 0013).
            await Expect(page.GetByText(new System.Text.RegularExpressions.Regex("^jobnetwork-.*-manual\\.db$")).First).ToBeVisibleAsync();
            await Expect(page.GetByText("not downloadable here")).ToBeVisibleAsync();
            Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Download backup") }).CountAsync());
            await session.ScreenshotAsync("admin-backed-up");
        });
    }
}
