using System.Text.RegularExpressions;
using JobNetwork.E2E.Infrastructure;
using JobNetwork.E2E.Steps;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobNetwork.E2E.Flows;

/// <summary>
/// Issue 5: once a friend has given a referral that became a lead, the dashboard's gauge counts the lead, Friends is the
/// lit string and the others are dark, each contact is a bulb that opens their page; in the light and the dark theme.
/// </summary>
[Collection(SecondBrowser.Name)]
public sealed class DashboardShowsStrings(BrowserFixture browser, AppServerFixture app) : IClassFixture<AppServerFixture>
{
    private const string Dana = "Dana Lévi";
    private const string Sam = "Sam Hiring";
    private const string Quinn = "Quinn Acquaint";
    private const string Target = "Globex Controls";
    private const string Lit = "lit — gave a referral or a job lead";
    private const string Dark = "dark — never asked";

    private const string BackgroundIsDark =
        "() => { const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\\d+/g).map(Number); return 0.2126 * r + 0.7152 * g + 0.0722 * b < 80; }";

    [Theory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task Dashboard_shows_the_lead_the_lit_friends_string_and_bulbs_in_light_and_dark(Device device)
    {
        await PageSession.RunAsync(browser.Browser, app.Server, device, "dashboard-strings", async session =>
        {
            var page = session.Page;
            await session.SignInAsNewUserAsync("dash");
            await SetUpNetworkAsync(session);

            await session.OpenAsync("/", "Your network");
            await Expect(page.GetByRole(AriaRole.Img, new() { Name = "1 of 10 active leads" })).ToBeVisibleAsync();
            await Expect(page.Locator("main")).ToContainTextAsync("1 lit · 0 dim · 4 dark");

            // Lit strings first, then the dark ones by name; one bulb per contact, its state in its name.
            string[] strings = ["Friends", "Acquaintances", "Community group", "Coworkers (current)", "Met while job hunting"];
            await Expect(page.Locator(".jn-string")).ToHaveCountAsync(strings.Length);
            for (var i = 0; i < strings.Length; i++)
            {
                await Expect(page.Locator(".jn-string").Nth(i)).ToHaveAttributeAsync("aria-label", new Regex($"^{Regex.Escape(strings[i])}: "));
            }

            await Expect(page.Locator(".jn-state-chip")).ToHaveTextAsync(["Lit", "Dark", "Dark", "Dark", "Dark"]);
            var friends = page.GetByRole(AriaRole.List, new() { Name = "Friends: 1 contact", Exact = true });
            await Expect(Bulb(friends, $"{Dana}: {Lit}")).ToBeVisibleAsync();
            // Someone a friend names is a stranger to the user: they join "Met while job hunting", not the friend's string.
            var metWhileHunting = page.GetByRole(AriaRole.List, new() { Name = "Met while job hunting: 1 contact", Exact = true });
            await Expect(Bulb(metWhileHunting, $"{Sam}: {Dark}")).ToBeVisibleAsync();
            var acquaintances = page.GetByRole(AriaRole.List, new() { Name = "Acquaintances: 1 contact", Exact = true });
            await Expect(Bulb(acquaintances, $"{Quinn}: {Dark}")).ToBeVisibleAsync();
            // The grid's cells are named by their headers: Globex's row, the "Met while job hunting" column (the fifth string).
            var targetRow = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = Target }) });
            await Expect(page.GetByRole(AriaRole.Columnheader).Nth(5)).ToHaveTextAsync("Met while job hunting");
            await Expect(targetRow.GetByRole(AriaRole.Cell).Nth(4)).ToHaveTextAsync("1");
            await session.CheckpointAsync("dashboard-1-light");

            // The live page starts from the dashboard the prerender handed over, and recomputes it for another period.
            await page.GetByLabel("Period").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "All time", Exact = true }).ClickAsync();
            await Expect(page.Locator(".mud-select").Filter(new() { HasText = "Period" }).First).ToContainTextAsync("All time");
            await Expect(page.Locator("main")).ToContainTextAsync("1 lit · 0 dim · 4 dark");
            await Expect(page.Locator(".jn-state-chip")).ToHaveTextAsync(["Lit", "Dark", "Dark", "Dark", "Dark"]);

            // system -> light -> dark, from the app bar.
            await page.Button("Theme: follows your system (switch to light)").ClickAsync();
            await page.Button("Theme: light (switch to dark)").ClickAsync();
            await Expect(page.Button("Theme: dark (switch to follow the system)")).ToBeVisibleAsync();
            await page.WaitForFunctionAsync(BackgroundIsDark);
            await session.CheckpointAsync("dashboard-2-dark");

            await Bulb(friends, $"{Dana}: {Lit}").ClickAsync();
            await Expect(page.Heading(Dana, 1)).ToBeVisibleAsync();
            await Expect(page.Link($"{Sam}")).ToBeVisibleAsync();
            await session.CheckpointAsync("dashboard-3-bulb-opens-contact-dark");
        });
    }

    /// <summary>A bulb is a link named "{name}: {state}" in a list item of its string.</summary>
    private static ILocator Bulb(ILocator stringOfLights, string name) =>
        stringOfLights.GetByRole(AriaRole.Listitem).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    /// <summary>Dana (Friends) refers Sam at a target company and that referral becomes a lead, credited to Friends; Quinn (Acquaintances) is never asked.</summary>
    private static async Task SetUpNetworkAsync(PageSession session)
    {
        var page = session.Page;
        await session.StartNetworkWithFriendAsync(Dana);
        await page.AddReferralAsync(Sam, Target);
        await page.AddLeadFromReferralAsync("Controls engineer");

        await session.OpenAsync("circles", "Circles");
        await page.OpenCircleAsync("Acquaintances");
        await page.AddContactToCircleAsync(Quinn);

        await session.OpenAsync("companies", "Companies");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Mark {Target} as a target" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"{Target} is a target; click to unmark" })).ToBeVisibleAsync();
    }
}
