using System.Text.RegularExpressions;
using JobNetwork.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobNetwork.E2E.Flows;

/// <summary>
/// The daily call on a phone (#18): the profile feeds the script, Today shows what to say, Call opens the dialler
/// (intercepted here), coming back to the tab brings up the outcome sheet, and two taps log a Phone ask that moves
/// the streak.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class CallFromToday(BrowserFixture browser, AppServerFixture app) : IClassFixture<AppServerFixture>
{
    [Fact]
    public async Task Script_call_link_and_the_outcome_sheet_log_a_phone_ask_on_a_phone()
    {
        await PageSession.RunAsync(browser.Browser, app.Server, Device.Phone, "call-from-today", async session =>
        {
            var page = session.Page;
            await session.SignInAsync(AppServerFixture.AdminEmail, AppServerFixture.AdminPassword);

            await session.GotoAsync("settings");
            await session.WaitForInteractiveAsync();
            await Expect(page.GetByTestId("profile-examples")).ToBeVisibleAsync();
            await page.GetByLabel("Roles you're looking for").FillAsync("controls engineer, automation engineer");
            await page.GetByLabel("Your two-sentence pitch").FillAsync("I'm a controls engineer moving into robotics.");
            await session.ScreenshotAsync("call-1-settings-profile");
            await session.AssertNoSeriousAccessibilityViolationsAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
            await Expect(page.GetByText("Profile saved.")).ToBeVisibleAsync();

            await session.GotoAsync("today");
            await session.WaitForInteractiveAsync();
            var quickAdd = page.GetByRole(AriaRole.Button, new() { Name = "Add three people you know well" });
            await quickAdd.ClickAsync();
            var addDialog = page.GetByRole(AriaRole.Dialog);
            await addDialog.GetByLabel("Person 1", new() { Exact = true }).FillAsync("Dana Levi");
            await addDialog.GetByLabel("Phone 1 (optional)").FillAsync("(415) 555-0100");
            await addDialog.GetByLabel("Person 2", new() { Exact = true }).FillAsync("Noa Cohen");
            await addDialog.GetByLabel("Person 3", new() { Exact = true }).FillAsync("Ari Katz");
            await addDialog.GetByRole(AriaRole.Button, new() { Name = "Add them" }).ClickAsync();
            await Expect(page.GetByText("Added 3 people to your Friends string")).ToBeVisibleAsync();
            await Expect(page.GetByText("No streak yet — ask someone today")).ToBeVisibleAsync();

            var card = page.Locator(".jn-suggestion").Filter(new() { HasText = "Dana Levi" });
            await card.GetByText("What to say").ClickAsync();
            var script = card.GetByTestId("script-text");
            await Expect(script).ToContainTextAsync("Hi Dana, it's me");
            await Expect(script).ToContainTextAsync("I'm a controls engineer moving into robotics.");
            await Expect(script).ToContainTextAsync("controls engineer or automation engineer");
            await session.ScreenshotAsync("call-2-today-script");
            // axe reads a snackbar mid-fade as low contrast: check once it has gone.
            await Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0, new() { Timeout = 15000 });
            await session.AssertNoSeriousAccessibilityViolationsAsync();

            // The dialler cannot open in a test browser: keep the tel: navigation, record where it went.
            await page.EvaluateAsync("""
                document.addEventListener('click', e => {
                    const link = e.target.closest && e.target.closest('a[href^="tel:"]');
                    if (link) { e.preventDefault(); window.__dialled = link.getAttribute('href'); }
                }, true);
                """);
            await card.GetByRole(AriaRole.Link, new() { Name = "Call Dana Levi" }).ClickAsync();
            Assert.Equal("tel:4155550100", await page.EvaluateAsync<string>("window.__dialled"));

            // The phone app takes over (tab hidden), then the user comes back (tab visible).
            await page.EvaluateAsync("""
                (() => {
                    let state = 'hidden';
                    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
                    document.dispatchEvent(new Event('visibilitychange'));
                    state = 'visible';
                    document.dispatchEvent(new Event('visibilitychange'));
                })()
                """);
            var sheet = page.GetByRole(AriaRole.Dialog);
            await Expect(sheet.GetByText("How did it go with Dana Levi?")).ToBeVisibleAsync();
            await sheet.GetByRole(AriaRole.Button, new() { Name = "Reached them" }).ClickAsync();
            await sheet.GetByText("Helped", new() { Exact = true }).ClickAsync();
            await Expect(sheet.GetByText(new Regex("Saved as an ask by phone"))).ToBeVisibleAsync();
            await session.ScreenshotAsync("call-3-outcome-sheet");
            await session.AssertNoSeriousAccessibilityViolationsAsync();
            await sheet.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

            await Expect(page.GetByText("Saved — you asked Dana Levi.")).ToBeVisibleAsync();
            await Expect(page.GetByText("1-day streak")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Call Dana Levi" })).ToHaveCountAsync(0);
            await session.ScreenshotAsync("call-4-logged");

            await page.GetByRole(AriaRole.Link, new() { Name = "Dana Levi" }).First.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dana Levi", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByText(new Regex(@"· Phone$"))).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Helped", Exact = true })).ToBeVisibleAsync();
            await session.ScreenshotAsync("call-5-contact-page");
            await Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0, new() { Timeout = 15000 });
            await session.AssertNoSeriousAccessibilityViolationsAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "I'll see them — remind me what to ask" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dana Levi", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByText("Who do you know at companies that might hire someone like me?", new() { Exact = true })).ToBeVisibleAsync();
            await session.ScreenshotAsync("call-6-what-to-ask-card");
            await session.AssertNoSeriousAccessibilityViolationsAsync();
        });
    }
}
