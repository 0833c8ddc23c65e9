using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobNetwork.E2E.Infrastructure;

/// <summary>The static-SSR account pages, driven the way a person would: fill the form, press the button.</summary>
public static class AccountSteps
{
    public static ILocator DashboardHeading(this IPage page) =>
        page.GetByRole(AriaRole.Heading, new() { Name = "Your network", Level = 1 });

    public static async Task FillRegistrationAsync(this IPage page, string email, string password)
    {
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Confirm password").FillAsync(password);
    }

    /// <summary>
    /// Creates a user of its own for this flow and device (<c>{who}-{device}@example.com</c>) and signs in as them:
    /// every user sees only their own network, so flows sharing a server cannot see each other's data.
    /// </summary>
    public static async Task<string> SignInAsNewUserAsync(this PageSession session, string who)
    {
        var email = $"{who}-{session.Device}@example.com".ToLowerInvariant();
        await session.Server.CreateAccountAsync(email, AppServerFixture.AdminPassword, administrator: false);
        await session.SignInAsync(email, AppServerFixture.AdminPassword);
        return email;
    }

    public static async Task SignInAsync(this PageSession session, string email, string password)
    {
        var page = session.Page;
        if (!page.Url.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase))
        {
            await session.GotoAsync("Account/Login");
        }

        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await StepTimer.TimeAsync("sign-in post", async () =>
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
            await Expect(page.DashboardHeading()).ToBeVisibleAsync();
        });
        await session.WaitForInteractiveAsync();
    }
}
