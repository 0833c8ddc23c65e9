using System.Text.RegularExpressions;
using JobNetwork.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobNetwork.E2E.Flows;

/// <summary>Signing out from the app bar really ends the session; a wrong password is told on the form; the right one gets back in.</summary>
[Collection(SharedBrowser.Name)]
public sealed partial class SignOutAndBackIn(BrowserFixture browser, AppServerFixture app) : IClassFixture<AppServerFixture>
{
    [Theory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task Signed_in_user_signs_out_fails_with_a_wrong_password_and_signs_back_in(Device device)
    {
        await PageSession.RunAsync(browser.Browser, app.Server, device, "sign-out-and-in", async session =>
        {
            var page = session.Page;
            await session.SignInAsync(AppServerFixture.AdminEmail, AppServerFixture.AdminPassword);

            await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(LoginUrl());
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();

            // The session is gone: the dashboard sends us back to sign in.
            await session.GotoAsync("/");
            await Expect(page).ToHaveURLAsync(LoginUrl());
            await Expect(page.GetByText("Nobody has an account")).ToHaveCountAsync(0);

            await page.GetByLabel("Email", new() { Exact = true }).FillAsync(AppServerFixture.AdminEmail);
            await page.GetByLabel("Password", new() { Exact = true }).FillAsync("Wr0ng!Password");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "don't match an account" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
            await Expect(page).ToHaveURLAsync(LoginUrl());
            await session.ScreenshotAsync("sign-out-and-in-1-wrong-password");
            await session.AssertNoSeriousAccessibilityViolationsAsync();

            await session.SignInAsync(AppServerFixture.AdminEmail, AppServerFixture.AdminPassword);
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
            await session.ScreenshotAsync("sign-out-and-in-2-back-on-dashboard");
        });
    }

    [GeneratedRegex("/Account/Login", RegexOptions.IgnoreCase)]
    private static partial Regex LoginUrl();
}
