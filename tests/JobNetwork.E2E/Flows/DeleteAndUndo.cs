using JobNetwork.E2E.Infrastructure;
using JobNetwork.E2E.Steps;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobNetwork.E2E.Flows;

/// <summary>
/// Issue 17: nothing is lost by one wrong click. A deleted lead comes back with the snackbar's Undo; a deleted contact
/// waits in the Trash with its asks and referrals and comes back from there.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class DeleteAndUndo(BrowserFixture browser, AppServerFixture app) : IClassFixture<AppServerFixture>
{
    private const string Dana = "Dana Trash";
    private const string Sam = "Sam Named";
    private const string Target = "Initech";
    private const string Lead = "Support engineer";

    [Theory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task Delete_a_lead_and_undo_from_the_snackbar_then_restore_a_contact_from_the_trash(Device device)
    {
        await PageSession.RunAsync(browser.Browser, app.Server, device, "delete-and-undo", async session =>
        {
            var page = session.Page;
            await session.SignInAsNewUserAsync("trash");
            var danaPath = await session.StartNetworkWithFriendAsync(Dana);
            await page.LogAskAsync();
            await page.AddReferralAsync(Sam, Target);
            await page.AddLeadFromReferralAsync(Lead);

            await page.Link($"{Lead} at {Target}").ClickAsync();
            await Expect(page.Heading(Lead, 1)).ToBeVisibleAsync();
            var dialog = await page.OpenDialogAsync(page.Button("Delete"), "Delete job lead");
            await dialog.SubmitAsync("Delete");
            await Expect(page.Heading("Job leads", 1)).ToBeVisibleAsync();
            var snackbar = page.Locator(".mud-snackbar").Filter(new() { HasText = $"“{Lead} at {Target}” moved to the Trash." });
            await Expect(snackbar).ToBeVisibleAsync();
            await session.ScreenshotAsync("trash-1-lead-deleted-with-undo");
            await snackbar.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
            await Expect(page.Heading(Lead, 1)).ToBeVisibleAsync();
            await page.ExpectSnackbarAsync($"Restored “{Lead} at {Target}”.");

            await session.GotoAsync(danaPath.TrimStart('/'));
            await Expect(page.Heading(Dana, 1)).ToBeVisibleAsync();
            await session.WaitForInteractiveAsync();
            dialog = await page.OpenDialogAsync(page.Button("Delete"), "Delete contact");
            await dialog.SubmitAsync("Delete");
            await Expect(page.Heading("Contacts", 1)).ToBeVisibleAsync();
            await page.ExpectSnackbarAsync($"“{Dana}” moved to the Trash.");
            await Expect(page.Link(Dana)).ToHaveCountAsync(0);

            await session.OpenAsync("trash", "Trash");
            await Expect(page.Locator("main")).ToContainTextAsync(Dana);
            await session.CheckpointAsync("trash-2-trash-page");
            await page.Button($"Restore {Dana}").ClickAsync();
            await page.ExpectSnackbarAsync($"Restored “{Dana}”.");
            await Expect(page.Heading("The trash is empty", 2)).ToBeVisibleAsync();
            await session.CheckpointAsync("trash-3-trash-empty");

            await session.GotoAsync(danaPath.TrimStart('/'));
            await Expect(page.Heading(Dana, 1)).ToBeVisibleAsync();
            await Expect(page.Heading("Asks (1)", 2)).ToBeVisibleAsync();
            await Expect(page.Heading("Who they know (1)", 2)).ToBeVisibleAsync();
            await session.AssertNoSeriousAccessibilityViolationsAsync();
        });
    }
}
