using System.Text.RegularExpressions;
using JobNetwork.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobNetwork.E2E.Flows;

/// <summary>A brand-new instance: the first visitor is sent to sign in, is invited to create the first account and becomes its administrator.</summary>
[Collection(SecondBrowser.Name)]
public sealed partial class FirstUserRegistersAndLandsOnDashboard(BrowserFixture browser)
{
    private const string Email = "first@example.com";
    private const string Password = "Str0ng!Passw0rd";

    [Theory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task First_visitor_registers_the_administrator_account_and_lands_on_the_dashboard(Device device)
    {
        await using var server = AppServer.Start();
        await PageSession.RunAsync(browser.Browser, server, device, "first-user", async session =>
        {
            var page = session.Page;

            await session.GotoAsync("/");
            await Expect(page).ToHaveURLAsync(LoginUrl());
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Nobody has an account on this JobNetwork instance yet");
            await session.ScreenshotAsync("first-user-1-sign-in-welcome");
            await session.AssertNoSeriousAccessibilityViolationsAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "Create the first account" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(RegisterUrl());
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Create your account", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("this account will be the administrator");
            await page.FillRegistrationAsync(Email, Password);
            await session.ScreenshotAsync("first-user-2-register");
            await session.AssertNoSeriousAccessibilityViolationsAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
            await Expect(page.DashboardHeading()).ToBeVisibleAsync();
            await Expect(page).ToHaveURLAsync(server.BaseUrl.ToString());
            await session.WaitForInteractiveAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Img, new() { Name = "0 of 10 active leads" })).ToBeVisibleAsync();
            if (device == Device.Desktop)
            {
                // The first account is the administrator, and the (desktop) navigation drawer says so.
                await Expect(page.GetByRole(AriaRole.Link, new() { Name = Email })).ToBeVisibleAsync();
                await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Administration" })).ToBeVisibleAsync();
            }

            await session.ScreenshotAsync("first-user-3-dashboard");
            await session.AssertNoSeriousAccessibilityViolationsAsync();
        });
    }

    [GeneratedRegex("/Account/Login", RegexOptions.IgnoreCase)]
    private static partial Regex LoginUrl();

    [GeneratedRegex("/Account/Register$", RegexOptions.IgnoreCase)]
    private static partial Regex RegisterUrl();
}
