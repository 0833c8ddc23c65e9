using System.Net;
using JobNetwork.Tests.Infrastructure;

namespace JobNetwork.Tests.Features.Push;

/// <summary>
/// The service worker that shows the daily push is served from the site's root (its scope is the whole app) as
/// JavaScript, and opens Today when the notification is tapped. Headless Chromium cannot receive a real push, so this
/// checks what the browser would load.
/// </summary>
public sealed class ServiceWorkerFileTests(SharedAppFixture fixture) : IClassFixture<SharedAppFixture>
{
    [Fact]
    public async Task The_push_service_worker_is_served_from_the_root_as_javascript_and_opens_today()
    {
        using var browser = fixture.App.CreateBrowser();

        using var response = await browser.GetAsync("/push-sw.js");
        var script = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("javascript", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("addEventListener('push'", script, StringComparison.Ordinal);
        Assert.Contains("showNotification", script, StringComparison.Ordinal);
        Assert.Contains("addEventListener('notificationclick'", script, StringComparison.Ordinal);
        Assert.Contains("'/today'", script, StringComparison.Ordinal);
        // Only a path on this site is opened: "//elsewhere" would be another origin.
        Assert.Contains("!data.url.startsWith('//')", script, StringComparison.Ordinal);
    }
}
