using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace JobNetwork.E2E.Infrastructure;

/// <summary>
/// One fresh browser context (no cookies, own viewport) for one test, recording every console error and uncaught page
/// error. A CSP violation is a console error, so a clean session also shows the CSP (<c>script-src 'self'</c>) holds.
/// </summary>
public sealed class PageSession : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly BlazorCircuitWatcher circuits;
    private readonly ConcurrentQueue<string> browserErrors = new();

    private PageSession(IBrowserContext context, IPage page, AppServer server, Device device)
    {
        this.context = context;
        Page = page;
        Server = server;
        Device = device;
        circuits = new BlazorCircuitWatcher(page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                browserErrors.Enqueue($"console.error at {message.Location}: {message.Text}");
            }
        };
        page.PageError += (_, error) => browserErrors.Enqueue($"pageerror: {error}");
    }

    public IPage Page { get; }

    public AppServer Server { get; }

    public Device Device { get; }

    public IReadOnlyCollection<string> BrowserErrors => browserErrors;

    public static async Task<PageSession> OpenAsync(IBrowser browser, AppServer server, Device device)
    {
        var context = await browser.NewContextAsync(device.ContextOptions(server.BaseUrl));
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        return new PageSession(context, page, server, device);
    }

    /// <summary>
    /// Runs one flow in its own session; afterwards fails if the browser reported any error. A failing flow leaves a
    /// <c>failed-…</c> screenshot behind and its message lists the browser errors seen until then.
    /// </summary>
    public static async Task RunAsync(IBrowser browser, AppServer server, Device device, string flow, Func<PageSession, Task> body)
    {
        await using var session = await OpenAsync(browser, server, device);
        try
        {
            await StepTimer.TimeAsync("flow " + flow, () => body(session));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await session.TryScreenshotAsync($"failed-{flow}");
            var errors = session.BrowserErrors.Count == 0 ? "" : Environment.NewLine + "Browser errors:" + Environment.NewLine + string.Join(Environment.NewLine, session.BrowserErrors);
            throw new InvalidOperationException($"Flow '{flow}' failed at {device} on {session.Page.Url}: {ex.Message}{errors}", ex);
        }

        session.AssertNoBrowserErrors();
    }

    /// <summary>A full page load of <paramref name="path"/> (relative to the server), which must answer 2xx.</summary>
    public async Task GotoAsync(string path)
    {
        circuits.ForgetAll();
        var response = await Page.GotoAsync(path);
        Assert.True(response is null || response.Ok, $"GET {path} answered {response?.Status}.");
    }

    public async Task ReloadAsync()
    {
        circuits.ForgetAll();
        var response = await Page.ReloadAsync();
        Assert.True(response is null || response.Ok, $"Reloading {Page.Url} answered {response?.Status}.");
    }

    /// <summary>Waits until the page's Blazor circuit is connected and has rendered, so clicks and typing reach the server.</summary>
    public Task WaitForInteractiveAsync() => StepTimer.TimeAsync("interactive", () => circuits.WaitForInteractiveAsync(Page));

    /// <summary>A full-page PNG named <c>{name}-{device}.png</c>, in the test binaries and in <c>test-output/screenshots/</c>.</summary>
    public async Task ScreenshotAsync(string name)
    {
        var file = Artifacts.FileName($"{name}-{Device}");
        var path = Path.Combine(Artifacts.BinScreenshots, file);
        await StepTimer.TimeAsync("screenshot", () => Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true }));
        File.Copy(path, Path.Combine(Artifacts.StableScreenshots, file), overwrite: true);
    }

    public Task AssertNoSeriousAccessibilityViolationsAsync() => Accessibility.AssertNoSeriousAccessibilityViolationsAsync(Page);

    public void AssertNoBrowserErrors() =>
        Assert.True(browserErrors.IsEmpty, "The browser reported errors:" + Environment.NewLine + string.Join(Environment.NewLine, browserErrors));

    /// <summary>How far the page scrolls sideways beyond the viewport; 0 when nothing overflows.</summary>
    public Task<int> HorizontalOverflowAsync() =>
        Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");

    public async ValueTask DisposeAsync() => await context.CloseAsync();

    private async Task TryScreenshotAsync(string name)
    {
        try
        {
            await ScreenshotAsync(name);
        }
        catch (PlaywrightException)
        {
            // The page may already be gone; the original failure matters more.
        }
    }
}
