using JobNetwork.E2E.Infrastructure;
using JobNetwork.E2E.Steps;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobNetwork.E2E.Flows;

/// <summary>
/// Issue 17: a referral noted by mistake can be deleted from the contact page; Undo in the snackbar brings it back, and a
/// second delete waits in the Trash until it is restored from there.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class DeleteAReferralAndUndo(BrowserFixture browser, AppServerFixture app) : IClassFixture<AppServerFixture>
{
    private const string Dana = "Dana Refers";
    private const string Sam = "Sam Mistaken";
    private const string Target = "Globex";
    private const string Label = $"{Dana} named {Sam}";

    [Theory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task Delete_a_referral_undo_from_the_snackbar_then_restore_it_from_the_trash(Device device)
    {
        await PageSession.RunAsync(browser.Browser, app.Server, device, "delete-referral", async session =>
        {
            var page = session.Page;
            await session.SignInAsNewUserAsync("referral-trash");
            var danaPath = await session.StartNetworkWithFriendAsync(Dana);
            await session.WaitForInteractiveAsync();
            await page.AddReferralAsync(Sam, Target);
            await Expect(page.Heading("Who they know (1)", 2)).ToBeVisibleAsync();

            await page.Button($"Delete the referral: {Label}").ClickAsync();
            var snackbar = page.Locator(".mud-snackbar").Filter(new() { HasText = $"“{Label}” moved to the Trash." });
            await Expect(snackbar).ToBeVisibleAsync();
            await Expect(page.Heading("Who they know (0)", 2)).ToBeVisibleAsync();
            await session.ScreenshotAsync("referral-1-deleted-with-undo");
            await snackbar.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
            await page.ExpectSnackbarAsync($"Restored “{Label}”.");
            await Expect(page.Heading("Who they know (1)", 2)).ToBeVisibleAsync();
            await Expect(page.Link(Sam)).ToBeVisibleAsync();

            await page.Button($"Delete the referral: {Label}").ClickAsync();
            await page.ExpectSnackbarAsync($"“{Label}” moved to the Trash.");
            await Expect(page.Heading("Who they know (0)", 2)).ToBeVisibleAsync();

            await session.OpenAsync("trash", "Trash");
            await Expect(page.Locator("main")).ToContainTextAsync(Label);
            await session.CheckpointAsync("referral-2-in-the-trash");
            await page.Button($"Restore {Label}").ClickAsync();
            await page.ExpectSnackbarAsync($"Restored “{Label}”.");

            await session.GotoAsync(danaPath.TrimStart('/'));
            await Expect(page.Heading(Dana, 1)).ToBeVisibleAsync();
            await Expect(page.Heading("Who they know (1)", 2)).ToBeVisibleAsync();
            await session.AssertNoSeriousAccessibilityViolationsAsync();
        });
    }
}
