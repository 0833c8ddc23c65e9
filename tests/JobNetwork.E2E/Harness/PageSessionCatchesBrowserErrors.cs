using JobNetwork.E2E.Infrastructure;

namespace JobNetwork.E2E.Harness;

/// <summary>The "no console errors" check every flow ends with is only worth something if it can fail: prove it does.</summary>
[Collection(SharedBrowser.Name)]
public sealed class PageSessionCatchesBrowserErrors(BrowserFixture browser, AppServerFixture app) : IClassFixture<AppServerFixture>
{
    [Fact]
    public async Task An_inline_script_blocked_by_the_CSP_and_an_uncaught_exception_are_both_recorded()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, app.Server, Device.Desktop);
        await session.GotoAsync("Account/Login");
        Assert.Empty(session.BrowserErrors);

        await session.Page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.inlineRan = true'; document.head.appendChild(s); }");
        await session.Page.EvaluateAsync("() => setTimeout(() => { throw new Error('boom from the page'); })");
        await session.Page.WaitForTimeoutAsync(300);

        Assert.False(await session.Page.EvaluateAsync<bool>("() => window.inlineRan === true"), "The CSP let an inline script run.");
        Assert.Contains(session.BrowserErrors, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(session.BrowserErrors, e => e.Contains("boom from the page", StringComparison.Ordinal));
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(session.AssertNoBrowserErrors);
    }
}
