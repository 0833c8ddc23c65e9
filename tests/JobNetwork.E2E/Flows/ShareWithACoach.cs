using JobNetwork.E2E.Infrastructure;
using JobNetwork.E2E.Steps;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobNetwork.E2E.Flows;

/// <summary>
/// A job seeker invites a coach; the coach sees the caseload and the client's dashboard and leaves a nudge; the client
/// sees it on Today and marks it done, then stops sharing; the coach's open page says access ended on its next read.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ShareWithACoach(BrowserFixture browser, AppServerFixture app) : IClassFixture<AppServerFixture>
{
    private const string Nudge = "Call your Friends contacts this week";

    [Theory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task A_client_invites_a_coach_who_nudges_and_loses_access_when_she_stops_sharing(Device device)
    {
        await using var coach = await PageSession.OpenAsync(browser.Browser, app.Server, device);
        var coachEmail = await coach.SignInAsNewUserAsync("coach");

        await PageSession.RunAsync(browser.Browser, app.Server, device, "coach", async client =>
        {
            var page = client.Page;
            var clientEmail = await client.SignInAsNewUserAsync("client");
            await client.StartNetworkWithFriendAsync("Robin Friend");

            // Settings → Sharing: invite the coach by email, progress and names.
            await client.OpenAsync("settings", "Settings");
            // The prerendered card is replaced when the page turns interactive: scrolling to it before then can hit a
            // detached element (it did on the CI machine).
            await client.WaitForInteractiveAsync();
            var sharing = page.GetByTestId("sharing");
            await sharing.ScrollIntoViewIfNeededAsync();
            var withNames = sharing.GetByRole(AriaRole.Radio, new() { Name = "Progress and names (who is on each string, companies)" });
            await withNames.CheckAsync();
            await Expect(withNames).ToBeCheckedAsync();
            var email = sharing.GetByLabel("Coach's email");
            await email.FillAsync(coachEmail);
            await email.PressAsync("Tab");
            await Expect(email).ToHaveValueAsync(coachEmail);
            await sharing.GetByRole(AriaRole.Button, new() { Name = "Invite", Exact = true }).ClickAsync();
            await Expect(sharing.GetByTestId("coach-grant-row")).ToContainTextAsync(coachEmail);
            await sharing.ScrollIntoViewIfNeededAsync();
            await client.CheckpointAsync("coach-1-sharing");

            // The coach: caseload, then the client's read-only dashboard, then a nudge.
            await coach.OpenAsync("coaching", "Your caseload");
            await Expect(coach.Page.GetByTestId("caseload")).ToContainTextAsync(clientEmail);
            await coach.CheckpointAsync("coach-2-caseload");
            await coach.Page.GetByRole(AriaRole.Link, new() { Name = clientEmail }).ClickAsync();
            await Expect(coach.Page.Heading(clientEmail, 1)).ToBeVisibleAsync();
            await coach.WaitForInteractiveAsync();
            await Expect(coach.Page.Locator("main")).ToContainTextAsync("Friends");
            await coach.Page.GetByLabel("Note or suggested next step").FillAsync(Nudge);
            await coach.Page.Button("Send nudge").ClickAsync();
            await coach.Page.ExpectSnackbarAsync("Nudge sent.");
            await coach.CheckpointAsync("coach-3-client-dashboard");

            // The client sees it on Today and marks it done.
            await client.OpenAsync("today", "Something to do today");
            var nudges = page.GetByTestId("coach-nudges");
            await Expect(nudges).ToContainTextAsync("Your coach suggests: " + Nudge);
            await client.CheckpointAsync("coach-4-nudge-on-today");
            await nudges.GetByRole(AriaRole.Button, new() { Name = "Mark done: " + Nudge }).ClickAsync();
            await Expect(page.GetByTestId("coach-nudges")).ToHaveCountAsync(0);

            // She stops sharing; the coach's open page says so at once, without the coach doing anything.
            await client.OpenAsync("settings", "Settings");
            // A click before the page is interactive does nothing (it timed out at 390 px on the CI machine).
            await client.WaitForInteractiveAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = $"Stop sharing with {coachEmail}" }).ClickAsync();
            await page.MudDialog("Stop sharing").Button("Stop sharing").ClickAsync();
            await Expect(page.GetByTestId("coach-grant-row")).ToHaveCountAsync(0);

            await Expect(coach.Page.GetByTestId("access-ended")).ToContainTextAsync("Access ended");
            await Expect(coach.Page.Locator("main")).Not.ToContainTextAsync("Robin Friend");
            await coach.CheckpointAsync("coach-5-access-ended");
            Assert.Equal(0, await coach.HorizontalOverflowAsync());
            coach.AssertNoBrowserErrors();
        });
    }
}
