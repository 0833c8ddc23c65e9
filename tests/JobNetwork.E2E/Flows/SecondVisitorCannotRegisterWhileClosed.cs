using JobNetwork.E2E.Infrastructure;
using JobNetwork.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobNetwork.E2E.Flows;

/// <summary>Once the administrator exists, registration is closed by default: no form, no link, and a forged post creates nobody.</summary>
[Collection(SharedBrowser.Name)]
public sealed class SecondVisitorCannotRegisterWhileClosed(BrowserFixture browser, AppServerFixture app) : IClassFixture<AppServerFixture>
{
    [Theory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task A_new_visitor_sees_registration_is_closed_and_no_form(Device device)
    {
        await PageSession.RunAsync(browser.Browser, app.Server, device, "registration-closed", async session =>
        {
            var page = session.Page;
            await session.GotoAsync("Account/Register");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Registration is closed", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("not accepting new accounts");
            await Expect(page.Locator("input[name='Input.Email'], input[type='password']")).ToHaveCountAsync(0);
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Create account" })).ToHaveCountAsync(0);
            await session.ScreenshotAsync("registration-closed");
            await session.AssertNoSeriousAccessibilityViolationsAsync();

            // The sign-in page no longer offers to create an account either.
            await page.GetByRole(AriaRole.Link, new() { Name = "Sign in with an existing account" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Create an account" })).ToHaveCountAsync(0);
            await Expect(page.GetByText("Nobody has an account")).ToHaveCountAsync(0);
        });
    }

    [Fact]
    public async Task A_hand_crafted_registration_post_creates_no_account()
    {
        await PageSession.RunAsync(browser.Browser, app.Server, Device.Desktop, "registration-forged-post", async session =>
        {
            // A valid antiforgery token for this browser, taken from the sign-in form.
            await session.GotoAsync("Account/Login");
            var token = await session.Page.Locator("input[name='__RequestVerificationToken']").First.InputValueAsync();

            var response = await session.Page.APIRequest.PostAsync("Account/Register", new()
            {
                Form = session.Page.Context.APIRequest.CreateFormData()
                    .Set("_handler", "register")
                    .Set("__RequestVerificationToken", token)
                    .Set("Input.Email", "intruder@example.com")
                    .Set("Input.Password", "Str0ng!Passw0rd")
                    .Set("Input.ConfirmPassword", "Str0ng!Passw0rd"),
                MaxRedirects = 0,
            });

            // Refused outright (400: the page has no such form) or answered with the closed page; never signed in and redirected.
            Assert.True(response.Status is 200 or 400, $"The forged post answered {response.Status}.");
            await using var scope = app.Server.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            Assert.Null(await users.FindByEmailAsync("intruder@example.com"));
        });
    }
}
