using Microsoft.Playwright;

namespace JobNetwork.E2E.Infrastructure;

/// <summary>One headless Chromium for the whole run (Debian's, since Playwright's own download is not available).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var executable = Environment.GetEnvironmentVariable("E2E_CHROMIUM") ?? ChromiumPath;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Chromium not found at {executable}. Install it with: apt-get install -y chromium");
        }

        Assertions.SetDefaultExpectTimeout(10_000);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
    }
}

/// <summary>
/// The first of two E2E lanes: the classes of a lane share one Chromium and run one after another; the two lanes run
/// side by side (xUnit runs collections in parallel), so the flows take about half the wall time. A new flow joins
/// this lane unless it is the longer one (balanced by the flows' test time).
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "E2E";
}

/// <summary>The second E2E lane (see <see cref="SharedBrowser"/>): its own Chromium, its own servers.</summary>
[CollectionDefinition(Name)]
public sealed class SecondBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "E2E second lane";
}

/// <summary>
/// Flows that measure the test process itself (the server's managed memory): they run alone, after both lanes, so
/// nothing else allocates meanwhile.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "E2E alone";
}
