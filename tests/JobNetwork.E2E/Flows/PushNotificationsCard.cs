using JobNetwork.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobNetwork.E2E.Flows;

/// <summary>
/// Settings → Push notifications in a real browser. Headless Chromium cannot reach a real push service, so this flow
/// checks what the card says and offers: the button where the browser can ask, and a plain explanation with no button
/// once notifications are blocked for the site. Delivery itself is tested against a fake push service (PushDeliveryTests).
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class PushNotificationsCard(BrowserFixture browser, AppServerFixture app) : IClassFixture<AppServerFixture>
{
    [Theory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task The_card_offers_the_daily_prompt_and_says_plainly_when_notifications_are_blocked(Device device)
    {
        await PageSession.RunAsync(browser.Browser, app.Server, device, "push-card", async session =>
        {
            var page = session.Page;
            await session.SignInAsync(AppServerFixture.AdminEmail, AppServerFixture.AdminPassword);

            await session.GotoAsync("settings");
            await session.WaitForInteractiveAsync();
            var card = page.GetByTestId("push-card");
            await Expect(card.GetByRole(AriaRole.Heading, new() { Name = "Push notifications" })).ToBeVisibleAsync();
            await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Send the daily prompt to this device" })).ToBeVisibleAsync();
            await Expect(card.GetByText("No devices yet")).ToBeVisibleAsync();
            await card.ScrollIntoViewIfNeededAsync();
            await session.AssertNoSeriousAccessibilityViolationsAsync();
            Assert.Equal(0, await session.HorizontalOverflowAsync());
            await session.ScreenshotAsync("push-card");

            // What a person who once clicked "Block" sees: Chromium's own permission setting, through the DevTools protocol.
            // Each Playwright context is its own browser context, which the call must name.
            var devTools = await page.Context.NewCDPSessionAsync(page);
            var target = await devTools.SendAsync("Target.getTargetInfo");
            await devTools.SendAsync("Browser.setPermission", new Dictionary<string, object>
            {
                ["permission"] = new Dictionary<string, object> { ["name"] = "notifications" },
                ["setting"] = "denied",
                ["origin"] = new Uri(page.Url).GetLeftPart(UriPartial.Authority),
                ["browserContextId"] = target!.Value.GetProperty("targetInfo").GetProperty("browserContextId").GetString()!,
            });
            await session.ReloadAsync();
            await session.WaitForInteractiveAsync();
            await Expect(card.GetByTestId("push-denied")).ToContainTextAsync("Notifications are blocked for this site");
            await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Send the daily prompt to this device" })).ToHaveCountAsync(0);
            await card.ScrollIntoViewIfNeededAsync();
            await session.AssertNoSeriousAccessibilityViolationsAsync();
            await session.ScreenshotAsync("push-card-blocked");
        });
    }
}
