using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using JobNetwork.E2E.Infrastructure;
using JobNetwork.E2E.Steps;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobNetwork.E2E.Flows;

/// <summary>
/// Issue 7: a new user uploads LinkedIn's Connections.csv (notes preamble, missing emails), checks the preview, imports
/// into a circle while a progress bar runs, finds an imported person in the contacts list, then downloads a CSV export.
/// </summary>
[Collection(SecondBrowser.Name)]
public sealed class ImportLinkedInConnections(BrowserFixture browser, AppServerFixture app) : IClassFixture<AppServerFixture>
{
    private const int GeneratedRows = 1_500;

    /// <summary>Records whether the import's progress bar was ever on the page, however briefly.</summary>
    private const string WatchForProgressBar = """
        () => {
            window.jnSawImportProgress = false;
            new MutationObserver(() => {
                if (document.querySelector('[aria-label="Import progress"]')) { window.jnSawImportProgress = true; }
            }).observe(document.body, { childList: true, subtree: true });
        }
        """;

    [Theory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task LinkedIn_connections_are_previewed_imported_into_a_circle_and_found_in_the_contacts_list(Device device)
    {
        await PageSession.RunAsync(browser.Browser, app.Server, device, "import-linkedin", async session =>
        {
            var page = session.Page;
            await session.SignInAsNewUserAsync("importer");
            await session.OpenAsync("circles", "Circles");
            await page.PlugInStarterStringsAsync();

            await session.OpenAsync("import", "Import contacts");
            await session.CheckpointAsync("import-1-choose-file");

            await page.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = "Connections.csv", MimeType = "text/csv", Buffer = ConnectionsCsv() });
            await Expect(page.Heading("Check before importing", 2)).ToBeVisibleAsync(new() { Timeout = 60_000 });
            await Expect(page.GetByText("LinkedIn connections (CSV)")).ToBeVisibleAsync();
            await Expect(page.GetByText($"{GeneratedRows + 3:N0} new", new() { Exact = true })).ToBeVisibleAsync();
            await Expect(page.GetByText("1 with errors", new() { Exact = true })).ToBeVisibleAsync();
            await Expect(page.GetByText(new Regex(@"^Row \d+: This connection has no name"))).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Priya Raman" })).ToBeVisibleAsync();

            await page.GetByLabel("Put everyone in this circle").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "Acquaintances", Exact = true }).ClickAsync();
            await Expect(page.Locator(".mud-select").Filter(new() { HasText = "Put everyone in this circle" }).First).ToContainTextAsync("Acquaintances");
            await session.CheckpointAsync("import-2-preview");

            await page.EvaluateAsync(WatchForProgressBar);
            await page.Button($"Import {GeneratedRows + 3:N0} people").ClickAsync();
            await Expect(page.Heading("Import finished", 2)).ToBeVisibleAsync(new() { Timeout = 120_000 });
            Assert.True(await page.EvaluateAsync<bool>("() => window.jnSawImportProgress"), "The import's progress bar never showed.");
            await Expect(page.GetByText($"{GeneratedRows + 3:N0} new contacts added")).ToBeVisibleAsync();
            await session.CheckpointAsync("import-3-summary");

            await page.Link("See the imported people").ClickAsync();
            await Expect(page.Heading("Contacts", 1)).ToBeVisibleAsync();
            await session.WaitForInteractiveAsync();
            await page.GetByLabel("Search contacts").FillAsync("Priya");
            var priya = page.Link("Priya Raman");
            await Expect(priya).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Row).Filter(new() { Has = priya })).ToContainTextAsync("Acquaintances");
            await session.CheckpointAsync("import-4-found-in-contacts");

            await session.OpenAsync("export", "Export and backup");
            await session.CheckpointAsync("export-page");
            var download = await page.RunAndWaitForDownloadAsync(() => page.Button("Contacts").ClickAsync());
            Assert.Matches(@"^jobnetwork-contacts-\d{4}-\d{2}-\d{2}\.csv$", download.SuggestedFilename);
            var path = await download.PathAsync();
            var csv = await File.ReadAllTextAsync(path);
            Assert.Contains("Priya Raman", csv, StringComparison.Ordinal);
            Assert.Equal(0, await session.HorizontalOverflowAsync());
        });
    }

    /// <summary>LinkedIn's file as it comes: a notes preamble, most emails missing, a row with no name, then many connections.</summary>
    private static byte[] ConnectionsCsv()
    {
        var text = new StringBuilder(""""
            Notes:
            "When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address."

            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Priya,Raman,https://www.linkedin.com/in/priya-raman,,Acme Corp,Engineering Manager,02 Nov 2023
            Bartholomew,Okonkwo-Smith,https://www.linkedin.com/in/bokonkwo,bart@example.com,"Globex, Inc.",Technical Recruiter,15 Jan 2024
            Chloé,Dubois,https://www.linkedin.com/in/chloe-dubois,,Initech,"VP, Product ""Growth""",28 Feb 2022
            ,,,,,,03 Mar 2021

            """".ReplaceLineEndings("\n"));
        for (var i = 0; i < GeneratedRows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Person{i},Example{i},https://www.linkedin.com/in/person-{i},,Company {i % 25},Engineer,02 Nov 2023\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
