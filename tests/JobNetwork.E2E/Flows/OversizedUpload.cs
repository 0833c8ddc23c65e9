using JobNetwork.E2E.Infrastructure;
using JobNetwork.E2E.Steps;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobNetwork.E2E.Flows;

/// <summary>
/// A 100 MB file chosen for an import or a restore is refused by its announced size with a message that gives the
/// limit, before a byte of it crosses the circuit: the page keeps working and the server's memory does not grow by
/// the file's size (reading it would cost it twice, in the buffer and in the array handed on).
/// </summary>
[Collection(AloneBrowser.Name)]
public sealed class OversizedUpload(BrowserFixture browser, AppServerFixture app) : IClassFixture<AppServerFixture>
{
    private const long HundredMegabytes = 100L * 1024 * 1024;

    /// <summary>Well under the file's size: what the server may gain for anything else the test does meanwhile.</summary>
    private const long AllowedGrowth = 40L * 1024 * 1024;

    [Fact]
    public async Task A_100_MB_import_or_restore_file_gets_the_limit_and_leaves_the_page_working()
    {
        // A sparse file on disk: the browser reads it from its path, so the test process never holds 100 MB either.
        var file = Path.Combine(Path.GetTempPath(), $"jobnetwork-100mb-{Guid.NewGuid():N}.csv");
        await using (var stream = File.Create(file))
        {
            stream.SetLength(HundredMegabytes);
        }

        try
        {
            await PageSession.RunAsync(browser.Browser, app.Server, Device.Desktop, "oversized-upload", async session =>
            {
                var page = session.Page;
                await session.SignInAsNewUserAsync("upload");
                var before = GC.GetTotalMemory(forceFullCollection: true);

                await session.OpenAsync("import", "Import contacts");
                await page.Locator("#import-file").SetInputFilesAsync(file);
                await Expect(page.GetByText("The file is 100 MB; the limit is 10 MB. Split it into smaller files.")).ToBeVisibleAsync();
                await session.ScreenshotAsync("oversized-upload-1-import");

                await session.OpenAsync("export", "Export and backup");
                await page.Locator("#restore-file").SetInputFilesAsync(file);
                await Expect(page.GetByText("The file is larger than 50 MB, so it is not a JobNetwork backup.")).ToBeVisibleAsync();
                // Still live: the reconnect dialog never showed and a link inside the circuit still navigates.
                await Expect(page.Locator("#components-reconnect-modal[open], .components-reconnect-show")).ToHaveCountAsync(0);
                await page.Locator(".mud-navmenu a[href='/contacts']").ClickAsync();
                await Expect(page.Heading("Contacts", 1)).ToBeVisibleAsync();
                var growth = GC.GetTotalMemory(forceFullCollection: true) - before;
                Assert.True(growth < AllowedGrowth, $"The server's managed memory grew by {growth / 1024 / 1024} MB for a 100 MB file it should never have read.");
            });
        }
        finally
        {
            File.Delete(file);
        }
    }
}
