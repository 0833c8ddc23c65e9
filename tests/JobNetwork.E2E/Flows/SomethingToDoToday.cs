using JobNetwork.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobNetwork.E2E.Flows;

/// <summary>
/// The daily prompt: an empty network is told to make a list of people it knows well (and can, in one dialog);
/// then Done on a suggestion logs the ask and the suggestion is marked done.
/// </summary>
[Collection(SecondBrowser.Name)]
public sealed class SomethingToDoToday(BrowserFixture browser, AppServerFixture app) : IClassFixture<AppServerFixture>
{
    [Theory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task Done_on_a_suggestion_logs_the_ask_and_marks_it_done(Device device)
    {
        await PageSession.RunAsync(browser.Browser, app.Server, device, "today", async session =>
        {
            var page = session.Page;
            await session.SignInAsync(AppServerFixture.AdminEmail, AppServerFixture.AdminPassword);
            await session.GotoAsync("today");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Something to do today", Level = 1 })).ToBeVisibleAsync();
            await session.WaitForInteractiveAsync();

            var quickAdd = page.GetByRole(AriaRole.Button, new() { Name = "Add three people you know well" });
            if (await quickAdd.CountAsync() > 0)
            {
                await Expect(page.GetByText("Make a list of people you know well.")).ToBeVisibleAsync();
                await session.ScreenshotAsync("today-1-empty-network");
                await session.AssertNoSeriousAccessibilityViolationsAsync();
                await quickAdd.ClickAsync();
                var dialog = page.GetByRole(AriaRole.Dialog);
                await dialog.GetByLabel("Person 1", new() { Exact = true }).FillAsync("Dana Levi");
                await dialog.GetByLabel("Phone 1 (optional)").FillAsync("(415) 555-0100");
                await dialog.GetByLabel("Person 2", new() { Exact = true }).FillAsync("Noa Cohen");
                await dialog.GetByLabel("Person 3", new() { Exact = true }).FillAsync("Ari Katz");
                await dialog.GetByRole(AriaRole.Button, new() { Name = "Add them" }).ClickAsync();
                await Expect(page.GetByText("Added 3 people to your Friends string")).ToBeVisibleAsync();
            }

            var done = page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Done: log your ask to ") }).First;
            await Expect(done).ToBeVisibleAsync();
            var who = (await done.GetAttributeAsync("aria-label"))!["Done: log your ask to ".Length..];
            await session.ScreenshotAsync("today-2-suggestions");
            await session.AssertNoSeriousAccessibilityViolationsAsync();

            await done.ClickAsync();
            var askDialog = page.GetByRole(AriaRole.Dialog);
            await Expect(askDialog.GetByText("Log your ask")).ToBeVisibleAsync();
            await askDialog.GetByRole(AriaRole.Button, new() { Name = "Save ask" }).ClickAsync();
            await Expect(page.GetByText($"Nice — you asked {who}.")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Done: log your ask to {who}" })).ToHaveCountAsync(0);
            await Expect(page.GetByText("ask this week").Or(page.GetByText("asks this week"))).ToBeVisibleAsync();
            await session.ScreenshotAsync("today-3-done");

            await session.GotoAsync("contacts");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = who })).ToBeVisibleAsync();
        });
    }
}
