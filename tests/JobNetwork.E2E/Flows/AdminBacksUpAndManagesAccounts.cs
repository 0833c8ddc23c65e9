using JobNetwork.E2E.Infrastructure;
using JobNetwork.E2E.Steps;
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

            await CreateAndCopyAnInvitationAsync(session);
        });
    }

    /// <summary>Issue 17: the invitation link's copy button puts the link on the clipboard and says so.</summary>
    private static async Task CreateAndCopyAnInvitationAsync(PageSession session)
    {
        var page = session.Page;
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var closed = page.GetByRole(AriaRole.Radio, new() { Name = "Closed — nobody new can register" });
        var wasClosed = await closed.IsCheckedAsync();

        await page.GetByRole(AriaRole.Radio, new() { Name = "Invite only — with a link you create" }).CheckAsync();
        await page.ExpectSnackbarAsync("Registration setting saved.");
        await page.GetByLabel("Who is it for? (optional)").FillAsync("Sam from the meetup");
        await page.Button("Create a 7-day invitation link").ClickAsync();
        var link = page.Locator("code").Filter(new() { HasText = "/Account/Register?invitation=" });
        await Expect(link).ToBeVisibleAsync();
        var invitationLink = await link.InnerTextAsync();

        await page.Button("Copy link").ClickAsync();
        await Expect(page.Locator(".mud-snackbar").Filter(new() { HasText = "Invitation link copied. Paste it into your message." })).ToBeVisibleAsync();
        Assert.Equal(invitationLink, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await session.CheckpointAsync("admin-invitation-copied");

        // Other flows on this server expect registration as it was.
        if (wasClosed)
        {
            await closed.CheckAsync();
            await page.ExpectSnackbarAsync("Registration setting saved.");
        }
    }
}
