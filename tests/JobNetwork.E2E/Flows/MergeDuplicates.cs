using System.Text;
using JobNetwork.E2E.Infrastructure;
using JobNetwork.E2E.Steps;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobNetwork.E2E.Flows;

/// <summary>
/// Issue 17: the same person imported from LinkedIn (with a company) and from a phone's vCard (with email and phone)
/// becomes one contact: the import says who looks known, the duplicates page shows the pair, the side-by-side view merges
/// it, Undo brings both back, and merging again leaves one Priya with everything.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class MergeDuplicates(BrowserFixture browser, AppServerFixture app) : IClassFixture<AppServerFixture>
{
    private const string Priya = "Priya Raman";

    [Theory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task The_same_person_from_a_LinkedIn_file_and_a_vCard_is_merged_undone_and_merged_again(Device device)
    {
        await PageSession.RunAsync(browser.Browser, app.Server, device, "merge-duplicates", async session =>
        {
            var page = session.Page;
            await session.SignInAsNewUserAsync("merger");
            await ImportAsync(session, "Connections.csv", "text/csv", LinkedInCsv(), 2);
            await ImportAsync(session, "Contacts.vcf", "text/vcard", VCards(), 2);
            await Expect(page.GetByText("1 person looks like someone you already have")).ToBeVisibleAsync();
            await session.CheckpointAsync("merge-1-import-prompt");

            await page.Link("review").ClickAsync();
            await Expect(page.Heading("Possible duplicates", 1)).ToBeVisibleAsync();
            await session.WaitForInteractiveAsync();
            var review = page.GetByRole(AriaRole.Link, new() { Name = $"Review {Priya} and {Priya}" });
            await Expect(review).ToHaveCountAsync(1);
            await Expect(page.GetByText("Same name", new() { Exact = true })).ToBeVisibleAsync();
            await session.CheckpointAsync("merge-2-duplicates");

            await MergeAsync(session, review);
            await Expect(page.Heading("No duplicates found", 2)).ToBeVisibleAsync();
            var snackbar = page.Locator(".mud-snackbar").Filter(new() { HasText = $"“{Priya}, merged into {Priya}” moved to the Trash." });
            await Expect(snackbar).ToBeVisibleAsync();
            await session.ScreenshotAsync("merge-4-merged-with-undo");
            await snackbar.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
            await page.ExpectSnackbarAsync($"Restored “{Priya}, merged into {Priya}”.");
            await Expect(review).ToHaveCountAsync(1);

            await MergeAsync(session, review);
            await Expect(page.Heading("No duplicates found", 2)).ToBeVisibleAsync();
            // The Undo snackbar stays while the page is in use; the user closes it, as anyone done with it would.
            await page.ExpectSnackbarAsync($"“{Priya}, merged into {Priya}” moved to the Trash.");
            await Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0, new() { Timeout = 20_000 });
            await session.CheckpointAsync("merge-5-no-duplicates-left");

            await session.OpenAsync("contacts", "Contacts");
            await page.GetByLabel("Search contacts").FillAsync("Priya");
            await Expect(page.Link(Priya)).ToHaveCountAsync(1);
            await page.Link(Priya).ClickAsync();
            await Expect(page.Heading(Priya, 1)).ToBeVisibleAsync();
            await Expect(page.Locator("main")).ToContainTextAsync("priya@example.com");
            await Expect(page.Locator("main")).ToContainTextAsync("Acme Corp");
            await session.WaitForInteractiveAsync();
            await page.OpenDialogAsync(page.Button("Merge with…"), "Merge with…");
            await session.CheckpointAsync("merge-6-merge-with-dialog");
            Assert.Equal(0, await session.HorizontalOverflowAsync());
        });
    }

    private static async Task ImportAsync(PageSession session, string name, string mimeType, byte[] content, int people)
    {
        var page = session.Page;
        await session.OpenAsync("import", "Import contacts");
        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = name, MimeType = mimeType, Buffer = content });
        await Expect(page.Heading("Check before importing", 2)).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await page.Button($"Import {people} people").ClickAsync();
        await Expect(page.Heading("Import finished", 2)).ToBeVisibleAsync(new() { Timeout = 60_000 });
    }

    private static async Task MergeAsync(PageSession session, ILocator review)
    {
        var page = session.Page;
        await review.ClickAsync();
        await Expect(page.Heading("Merge two contacts", 1)).ToBeVisibleAsync();
        await session.WaitForInteractiveAsync();
        await Expect(page.Locator("[data-field=Company]")).ToContainTextAsync("Acme Corp");
        await session.CheckpointAsync("merge-3-side-by-side");
        await page.Button("Merge").ClickAsync();
        await Expect(page.Heading("Possible duplicates", 1)).ToBeVisibleAsync();
        await page.ExpectSnackbarAsync($"Merged {Priya} into {Priya}.");
    }

    private static byte[] LinkedInCsv() => Encoding.UTF8.GetBytes("""
        First Name,Last Name,URL,Email Address,Company,Position,Connected On
        Priya,Raman,https://www.linkedin.com/in/priya-raman,,Acme Corp,Engineering Manager,02 Nov 2023
        Bartholomew,Okonkwo,https://www.linkedin.com/in/bokonkwo,bart@example.com,Globex,Technical Recruiter,15 Jan 2024

        """.ReplaceLineEndings("\n"));

    /// <summary>The phone's copy: Priya with no company (so the import cannot tell), and someone new.</summary>
    private static byte[] VCards() => Encoding.UTF8.GetBytes("""
        BEGIN:VCARD
        VERSION:3.0
        N:Raman;Priya;;;
        FN:Priya Raman
        TEL;TYPE=CELL:+44 7700 900123
        EMAIL:priya@example.com
        END:VCARD
        BEGIN:VCARD
        VERSION:3.0
        N:Vance;Tom;;;
        FN:Tom Vance
        TEL;TYPE=CELL:+44 7700 900456
        END:VCARD

        """.ReplaceLineEndings("\r\n"));
}
