using System.Text.RegularExpressions;
using JobNetwork.E2E.Infrastructure;
using JobNetwork.E2E.Steps;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobNetwork.E2E.Flows;

/// <summary>
/// Issue 16: a friend names someone; the introduction is moved on from the referred person's page (Introduced, then
/// Talked), its note is seen and edited from both ends, and the lead it becomes credits the friend's string; Today then
/// suggests thanking the friend, and the dashboard's string row names the chain ("via Dana → Grace").
/// </summary>
[Collection(SecondBrowser.Name)]
public sealed class CarryAnIntroduction(BrowserFixture browser, AppServerFixture app) : IClassFixture<AppServerFixture>
{
    private const string Dana = "Dana Lévi";
    private const string Grace = "Grace Hopper";
    private const string Target = "Initech";

    [Theory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task Log_a_referral_move_it_from_the_referred_persons_page_and_see_the_note_on_both_pages(Device device)
    {
        await PageSession.RunAsync(browser.Browser, app.Server, device, "carry-an-introduction", async session =>
        {
            var page = session.Page;
            await session.SignInAsNewUserAsync("intro");
            await session.StartNetworkWithFriendAsync(Dana);

            var dialog = await page.OpenDialogAsync(page.Button("Add referral"), "Who do they know?");
            await dialog.FillReferralAsync(Grace, Target);
            await dialog.Field("Notes").FillAsync("Knows the CTO");
            await dialog.SubmitAsync("Save referral");
            await page.ExpectSnackbarAsync("Referral saved.");
            var card = page.GetByTestId("referral-card");
            await Expect(card.GetByTestId("referral-note")).ToHaveTextAsync("Knows the CTO");
            await Expect(card.Button("Named")).ToBeVisibleAsync();
            await session.CheckpointAsync("intro-1-referrers-page");

            // On Grace's page: who introduced her, the note, and the step, moved on twice.
            await page.Link(Grace).ClickAsync();
            await Expect(page.Heading(Grace, 1)).ToBeVisibleAsync();
            await Expect(page.Link("Met while job hunting (primary)")).ToBeVisibleAsync();
            card = page.GetByTestId("referral-card");
            await Expect(card).ToContainTextAsync($"Referred by {Dana}");
            await Expect(card.GetByTestId("referral-note")).ToHaveTextAsync("Knows the CTO");
            await page.ChooseFromMenuAsync("Named", "Introduced");
            await page.ExpectSnackbarAsync($"Introduction to {Grace} moved to Introduced.");
            await page.ChooseFromMenuAsync("Introduced", "Talked");
            await page.ExpectSnackbarAsync($"Introduction to {Grace} moved to Talked.");
            await Expect(card.GetByTestId("referral-history")).ToContainTextAsync(new Regex("Named .* → Introduced .* → Talked "));

            await card.GetByRole(AriaRole.Button, new() { Name = $"Edit the note about {Dana}" }).ClickAsync();
            await card.GetByLabel("Note", new() { Exact = true }).FillAsync("Knows the CTO; call Tuesdays");
            await card.Button("Save note").ClickAsync();
            await page.ExpectSnackbarAsync("Note saved.");
            await Expect(card.GetByTestId("referral-note")).ToHaveTextAsync("Knows the CTO; call Tuesdays");
            await session.CheckpointAsync("intro-2-referred-persons-page-talked");

            // Back on Dana's page the same introduction shows the new step and note; its lead credits Friends.
            await page.Link(Dana).First.ClickAsync();
            await Expect(page.Heading(Dana, 1)).ToBeVisibleAsync();
            card = page.GetByTestId("referral-card");
            await Expect(card.GetByTestId("referral-note")).ToHaveTextAsync("Knows the CTO; call Tuesdays");
            await Expect(card.Button("Talked")).ToBeVisibleAsync();
            await page.AddLeadFromReferralAsync("Staff engineer");
            await Expect(card.Button("Lead")).ToBeVisibleAsync();
            await session.CheckpointAsync("intro-3-referrers-page-lead");

            await page.Link($"Staff engineer at {Target}").ClickAsync();
            await Expect(page.Heading("Staff engineer", 1)).ToBeVisibleAsync();
            await Expect(page.Locator("main")).ToContainTextAsync("Credited string");
            await Expect(page.Link("Friends")).ToBeVisibleAsync();
            await session.CheckpointAsync("intro-4-lead-credits-friends");

            // Close the loop: talking to Grace owes Dana a thank-you on Today, which is done without logging an ask.
            await session.OpenAsync("/today", "Something to do today");
            var thanks = page.GetByTestId("thank-you");
            await Expect(thanks).ToContainTextAsync($"Thank {Dana} — you talked to {Grace}");
            await Expect(thanks).ToContainTextAsync("Close the loop");
            await session.CheckpointAsync("intro-5-today-thank-the-referrer");
            await page.GetByRole(AriaRole.Button, new() { Name = $"Done: you thanked {Dana}" }).ClickAsync();
            await page.ExpectSnackbarAsync($"Loop closed — {Dana} knows how it went.");
            await Expect(page.GetByTestId("thank-you")).ToHaveCountAsync(0);

            // The dashboard's Friends row names the chain behind its lead.
            await session.OpenAsync("/", "Your network");
            await Expect(page.GetByTestId("lead-chains")).ToHaveTextAsync($"via {Dana} → {Grace}");
            await session.CheckpointAsync("intro-6-dashboard-via-the-chain");
        });
    }
}
