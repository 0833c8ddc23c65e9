using System.Text.RegularExpressions;
using JobNetwork.E2E.Infrastructure;
using JobNetwork.E2E.Steps;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobNetwork.E2E.Flows;

/// <summary>
/// Issue 4: ask a friend, note who they know at a target company, turn that referral into a job lead, work the lead
/// along the board to a turn-down, and follow up with the interviewer. Bad input is refused with a message.
/// </summary>
[Collection(SecondBrowser.Name)]
public sealed partial class AskReferLead(BrowserFixture browser, AppServerFixture app) : IClassFixture<AppServerFixture>
{
    private const string Dana = "Dana Lévi";
    private const string Sam = "Sam Hiring";
    private const string Target = "Globex Controls";
    private const string Lead = "Controls engineer";
    private const string Pat = "Pat Interviewer";

    [Theory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task Ask_a_friend_note_a_referral_turn_it_into_a_lead_and_follow_up_the_interviewer(Device device)
    {
        await PageSession.RunAsync(browser.Browser, app.Server, device, "ask-refer-lead", async session =>
        {
            var page = session.Page;
            await session.SignInAsNewUserAsync("ask");
            var danaPath = await session.StartNetworkWithFriendAsync(Dana);

            // Two clicks: today, by phone, waiting for a reply.
            await page.LogAskAsync();
            await Expect(page.Heading("Asks (1)", 2)).ToBeVisibleAsync();
            // The outcome menu's aria-label lands on MudMenu's wrapper, not its button (reported), so the button is named by its text.
            await Expect(page.Button("Pending reply")).ToBeVisibleAsync();
            await Expect(page.Locator("main")).ToContainTextAsync("· Phone");

            var dialog = await page.OpenDialogAsync(page.Button("Add referral"), "Who do they know?");
            await Expect(dialog.GetByRole(AriaRole.Radio, new() { Name = "Someone new" })).ToBeCheckedAsync();
            await dialog.Button("Save referral").ClickAsync();
            await Expect(dialog.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Type the name of the person they told you about.");
            await session.CheckpointAsync("ask-1-referral-needs-a-name");
            await dialog.FillReferralAsync(Sam, Target);
            await dialog.SubmitAsync("Save referral");
            await page.ExpectSnackbarAsync("Referral saved.");
            await Expect(page.Heading("Who they know (1)", 2)).ToBeVisibleAsync();
            await Expect(page.Link(Sam)).ToBeVisibleAsync();

            dialog = await page.OpenDialogAsync(page.Button("Add lead"), "Add job lead");
            await Expect(dialog).ToContainTextAsync($"From: {Dana}'s referral to {Sam}");
            await Expect(dialog.GetByRole(AriaRole.Combobox, new() { Name = "Company", Exact = true })).ToHaveValueAsync(Target);
            await dialog.Button("Save lead").ClickAsync();
            await Expect(dialog.GetByText("Enter the job title")).ToBeVisibleAsync();
            await session.CheckpointAsync("ask-2-lead-needs-a-title");
            await dialog.Field("Job title").FillAsync(Lead);
            await dialog.SubmitAsync("Save lead");
            await page.ExpectSnackbarAsync("Job lead saved.");
            await Expect(page.Heading("Job leads (1)", 2)).ToBeVisibleAsync();
            await Expect(page.Link($"{Lead} at {Target}")).ToBeVisibleAsync();
            await session.CheckpointAsync("ask-3-contact-with-ask-referral-lead");

            // Sam's page shows how you reached him.
            await page.Link(Sam).ClickAsync();
            await Expect(page.Heading(Sam, 1)).ToBeVisibleAsync();
            var chain = page.GetByRole(AriaRole.Navigation, new() { Name = "Referral chain" });
            await Expect(chain).ToContainTextAsync(new Regex($"{Dana}.*{Sam}"));
            await Expect(chain.GetByRole(AriaRole.Link, new() { Name = Dana })).ToHaveAttributeAsync("href", danaPath);
            await session.CheckpointAsync("ask-4-referral-chain");

            await MarkTargetAsync(session);
            await MoveLeadToTurnedDownAsync(session);

            // The lead remembers every step, and the interviewer is a contact to follow up.
            await page.Link(Lead).ClickAsync();
            await Expect(page.Heading(Lead, 1)).ToBeVisibleAsync();
            await Expect(page.Heading("History", 2)).ToBeVisibleAsync();
            await Expect(page.Locator(".mud-timeline-item strong")).ToHaveTextAsync(["Found", "Interviewing", "Turned down"]);
            await session.CheckpointAsync("ask-7-lead-history");

            await page.Link(Pat).ClickAsync();
            await Expect(page.Heading(Pat, 1)).ToBeVisibleAsync();
            await Expect(page.Link("Met while job hunting (primary)")).ToBeVisibleAsync();
            await Expect(page.Locator("main")).ToContainTextAsync($"Interviewed me for {Lead} at {Target}");
            await session.AssertNoSeriousAccessibilityViolationsAsync();
        });
    }

    /// <summary>The company the referral created becomes a target with the star in the companies grid.</summary>
    private static async Task MarkTargetAsync(PageSession session)
    {
        var page = session.Page;
        await session.OpenAsync("companies", "Companies");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Mark {Target} as a target" }).ClickAsync();
        var star = page.GetByRole(AriaRole.Button, new() { Name = $"{Target} is a target; click to unmark" });
        await Expect(star).ToHaveAttributeAsync("aria-pressed", "true");
        await session.CheckpointAsync("ask-5-target-company");
    }

    /// <summary>On the board, with each card's menu (the keyboard and touch way): Found → Interviewing → Turned down.</summary>
    private static async Task MoveLeadToTurnedDownAsync(PageSession session)
    {
        var page = session.Page;
        await session.OpenAsync("leads", "Job leads");
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Board" })).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(Column(page, "Found").GetByRole(AriaRole.Link, new() { Name = Lead })).ToBeVisibleAsync();
        await session.AssertNoSeriousAccessibilityViolationsAsync();

        await page.ChooseFromMenuAsync($"Move {Lead}", "Move to Interviewing");
        await page.ExpectSnackbarAsync($"“{Lead}” moved to Interviewing.");
        await Expect(Column(page, "Interviewing").GetByRole(AriaRole.Link, new() { Name = Lead })).ToBeVisibleAsync();

        await page.ChooseFromMenuAsync($"Move {Lead}", "Move to Turned down");
        var dialog = page.MudDialog("Turned down? Ask the interviewer");
        await Expect(dialog).ToBeVisibleAsync();
        await page.ExpectSnackbarAsync($"“{Lead}” moved to Turned down.");
        await dialog.Field("Interviewer's name").FillAsync(Pat);
        await session.CheckpointAsync("ask-6-ask-the-interviewer");
        await dialog.SubmitAsync("Add interviewer and follow up");
        await page.ExpectSnackbarAsync("Interviewer added to “Met while job hunting” with a follow-up tomorrow.");
        await Expect(Column(page, "Turned down").GetByRole(AriaRole.Link, new() { Name = Lead })).ToBeVisibleAsync();
        await Expect(Column(page, "Found").GetByRole(AriaRole.Link)).ToHaveCountAsync(0);
    }

    private static ILocator Column(IPage page, string status) => page.GetByLabel($"{status} column", new() { Exact = true });
}
