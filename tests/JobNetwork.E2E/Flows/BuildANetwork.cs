using JobNetwork.E2E.Infrastructure;
using JobNetwork.E2E.Steps;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobNetwork.E2E.Flows;

/// <summary>
/// Issue 3: a new user plugs in the suggested strings, adds a friend (with a new company) to the Friends circle, finds
/// them by company, edits and deletes them; a second contact with the same phone typed differently is flagged.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class BuildANetwork(BrowserFixture browser, AppServerFixture app) : IClassFixture<AppServerFixture>
{
    /// <summary>Unicode from two scripts and markup that must stay text.</summary>
    private const string Dana = "Dana <b>Lévi</b> שלום";
    private const string DanaAgain = "Dana Levi";
    private const string Company = "Acme Rockets";

    [Theory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task New_user_plugs_in_strings_adds_a_friend_then_finds_edits_and_deletes_them(Device device)
    {
        await PageSession.RunAsync(browser.Browser, app.Server, device, "build-network", async session =>
        {
            var page = session.Page;
            await session.SignInAsNewUserAsync("build");

            // The empty dashboard points to the circles page, which offers the starter strings.
            await page.Link("Plug in your first strings").ClickAsync();
            await Expect(page.Heading("Circles", 1)).ToBeVisibleAsync();
            await Expect(page.Heading("Plug in your first strings", 2)).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Checkbox, new() { Checked = true })).ToHaveCountAsync(NetworkSteps.StarterStrings.Length);
            await session.CheckpointAsync("build-1-onboarding");

            await page.PlugInStarterStringsAsync();
            await Expect(page.Locator("main").GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync(NetworkSteps.StarterStrings);
            await session.CheckpointAsync("build-2-strings-plugged-in");

            await page.OpenCircleAsync("Friends");
            await session.AssertNoSeriousAccessibilityViolationsAsync();
            var dialog = await page.OpenDialogAsync(page.Button("Add contact to this circle"), "Add contact");
            await dialog.FillContactAsync(Dana, Company, "+1 415-555-0100");
            await Expect(dialog.GetByRole(AriaRole.Combobox, new() { Name = "Circles" })).ToHaveValueAsync("Friends");
            await session.CheckpointAsync("build-3-add-contact-dialog");
            await dialog.SubmitAsync("Save");
            await page.ExpectSnackbarAsync("Contact added to “Friends”.");
            var danaLink = page.Link(Dana);
            await Expect(danaLink).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Row).Filter(new() { Has = danaLink })).ToContainTextAsync(Company);
            var danaPath = await danaLink.GetAttributeAsync("href");
            await session.CheckpointAsync("build-4-friends-grid");

            // The name is shown as typed: the <b> is text, not markup.
            await danaLink.ClickAsync();
            var heading = page.Heading(Dana, 1);
            await Expect(heading).ToBeVisibleAsync();
            Assert.Contains("&lt;b&gt;Lévi&lt;/b&gt;", await heading.InnerHTMLAsync(), StringComparison.Ordinal);
            await Expect(heading.Locator("b")).ToHaveCountAsync(0);
            await session.AssertNoSeriousAccessibilityViolationsAsync();

            dialog = await page.OpenDialogAsync(page.Button("Edit"), "Edit contact");
            await Expect(dialog.Field("Name")).ToHaveValueAsync(Dana);
            await dialog.Field("Job title").FillAsync("Rocket scientist");
            await dialog.SubmitAsync("Save");
            await page.ExpectSnackbarAsync("Contact saved.");
            await Expect(page.Locator("main")).ToContainTextAsync("Know · Rocket scientist at Acme Rockets");
            await session.CheckpointAsync("build-5-contact-edited");

            await page.Link(Company).ClickAsync();
            await Expect(page.Heading(Company, 1)).ToBeVisibleAsync();
            await Expect(page.Heading("People there (1)", 2)).ToBeVisibleAsync();
            // The people at a company are a plain list of links.
            await Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = $"{Dana} — Rocket scientist" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = Dana, Exact = true })).ToBeVisibleAsync();
            await session.CheckpointAsync("build-6-company");

            // Dana again, phone typed differently: flagged. Saved anyway, the search by company still finds only Dana.
            await AddDuplicateByPhoneAsync(session, danaPath!);
            await FindByCompanyAsync(session);
            await page.Link(Dana).ClickAsync();
            await Expect(heading).ToBeVisibleAsync();
            dialog = await page.OpenDialogAsync(page.Button("Delete"), "Delete contact");
            await Expect(dialog).ToContainTextAsync($"Delete {Dana} with their asks and referrals? They stay in the Trash for 30 days.");
            await dialog.SubmitAsync("Delete");
            await Expect(page.Heading("Contacts", 1)).ToBeVisibleAsync();
            await page.ExpectSnackbarAsync($"“{Dana}” moved to the Trash.");
            await Expect(page.Link(DanaAgain)).ToBeVisibleAsync();
            await Expect(page.Link(Dana)).ToHaveCountAsync(0);
            await session.CheckpointAsync("build-8-contact-deleted");
        });
    }

    /// <summary>The same number typed another way is caught, links to the first contact, and can still be saved on purpose.</summary>
    private static async Task AddDuplicateByPhoneAsync(PageSession session, string danaPath)
    {
        var page = session.Page;
        await session.OpenAsync("contacts", "Contacts");
        var dialog = await page.OpenDialogAsync(page.Button("Add contact"), "Add contact");
        await dialog.FillContactAsync(DanaAgain, phone: "(415) 555-0100");
        await dialog.Button("Save").ClickAsync();
        var warning = dialog.GetByRole(AriaRole.Alert).Filter(new() { HasText = "This looks like someone you already have" });
        await Expect(warning).ToBeVisibleAsync();
        await Expect(warning).ToContainTextAsync("(same phone number)");
        await warning.ScrollIntoViewIfNeededAsync();
        await Expect(warning.GetByRole(AriaRole.Link, new() { Name = Dana, Exact = true })).ToHaveAttributeAsync("href", danaPath);
        await session.CheckpointAsync("build-7-duplicate-warning");

        await dialog.SubmitAsync("Save anyway");
        await page.ExpectSnackbarAsync("Contact added.");
        await Expect(page.Heading(DanaAgain, 1)).ToBeVisibleAsync();
    }

    /// <summary>The contacts search matches on the company name, and only the contact who works there.</summary>
    private static async Task FindByCompanyAsync(PageSession session)
    {
        var page = session.Page;
        await session.OpenAsync("contacts", "Contacts");
        await Expect(page.Link(DanaAgain)).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Search contacts" }).FillAsync("acme");
        await Expect(page.Link(DanaAgain)).ToHaveCountAsync(0);
        await Expect(page.Link(Dana)).ToBeVisibleAsync();
        await session.AssertNoSeriousAccessibilityViolationsAsync();
    }
}
