using System.Net;
using System.Net.Http.Headers;
using System.Text;
using JobNetwork.E2E.Infrastructure;
using JobNetwork.E2E.Steps;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobNetwork.E2E.Flows;

/// <summary>A token made on the Settings page is shown once, works from a script, and appears in the list with its last use.</summary>
[Collection(SecondBrowser.Name)]
public sealed class ScriptWithAnApiToken(BrowserFixture browser, AppServerFixture app) : IClassFixture<AppServerFixture>
{
    [Theory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task A_token_made_in_settings_adds_a_contact_from_a_script(Device device)
    {
        await PageSession.RunAsync(browser.Browser, app.Server, device, "api-token", async session =>
        {
            var page = session.Page;
            await session.SignInAsync(AppServerFixture.AdminEmail, AppServerFixture.AdminPassword);
            await session.GotoAsync("settings");
            await session.WaitForInteractiveAsync();
            var card = page.GetByTestId("api-tokens");
            await Expect(card.GetByRole(AriaRole.Heading, new() { Name = "API tokens" })).ToBeVisibleAsync();

            var name = $"Shortcut on {device}";
            await card.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
            await card.GetByLabel("Can").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "Read and write", Exact = true }).ClickAsync();
            await Expect(card.Locator(".mud-select").Filter(new() { HasText = "Can" }).First).ToContainTextAsync("Read and write");
            await card.Button("Make a token").ClickAsync();

            var secretField = card.GetByLabel("Your new token");
            await Expect(secretField).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^jn_"));
            var secret = await secretField.InputValueAsync();
            await session.AssertNoSeriousAccessibilityViolationsAsync();
            await session.ScreenshotAsync("api-token-made");
            Assert.Equal(0, await session.HorizontalOverflowAsync());

            using var http = new HttpClient { BaseAddress = app.Server.BaseUrl };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
            using var created = await http.PostAsync("api/v1/contacts",
                new StringContent($$"""{ "name": "Called from {{device}}", "closeness": "Know" }""", Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);

            // Shown once: after a reload the secret is gone, the token is listed with its use.
            await session.ReloadAsync();
            await session.WaitForInteractiveAsync();
            await Expect(card.GetByLabel("Your new token")).ToHaveCountAsync(0);
            var row = card.GetByTestId("api-token-row").Filter(new() { HasText = name });
            await Expect(row).ToContainTextAsync("last used");
            await Expect(row).ToContainTextAsync("Read and write");
            await session.ScreenshotAsync("api-token-listed");

            await session.GotoAsync("contacts");
            await Expect(page.GetByText($"Called from {device}").First).ToBeVisibleAsync();
        });
    }
}
