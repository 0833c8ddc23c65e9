using System.Net;

namespace JobNetwork.Tests.Infrastructure;

public sealed class SecurityHeadersTests(SharedAppFixture fixture) : IClassFixture<SharedAppFixture>
{
    private readonly JobNetworkAppFactory app = fixture.App;

    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/healthz")]
    [InlineData("/no-such-page")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var browser = app.CreateBrowser();

        using var response = await browser.GetAsync(path);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task The_sign_in_page_renders_for_a_visitor()
    {
        using var browser = app.CreateBrowser();

        using var response = await browser.GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Sign in</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_page_is_a_friendly_not_found()
    {
        using var browser = app.CreateBrowser();

        using var response = await browser.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We couldn&#x27;t find that page", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
