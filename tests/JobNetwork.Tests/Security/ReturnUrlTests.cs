using System.Net;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Components.Account;

namespace JobNetwork.Tests.Security;

/// <summary>
/// A crafted link's <c>returnUrl</c> must never send a user off the site after they sign in (or out, or switch theme).
/// Every case uses its own browser (cookie jar) against one app with one account (<see cref="ReturnUrlApp"/>): the
/// redirect depends only on the request, and one app per case cost ~100 s of start-ups.
/// </summary>
public sealed class ReturnUrlTests(ReturnUrlTests.ReturnUrlApp shared) : IClassFixture<ReturnUrlTests.ReturnUrlApp>
{
    private const string Owner = "owner@example.com";

    /// <summary>One app whose first account is registered through the form, as the per-case apps did.</summary>
    public sealed class ReturnUrlApp : IAsyncLifetime
    {
        public JobNetworkAppFactory App { get; } = new(("RateLimiting:SignInPermitsPerMinute", "1000"));

        public async Task InitializeAsync()
        {
            using var first = App.CreateBrowser();
            using var registered = await first.RegisterAsync(Owner, TwoAccountApp.Password);
            Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        }

        public async Task DisposeAsync() => await App.DisposeAsync();
    }

    public static TheoryData<string> Hostile => new()
    {
        "https://evil.example",
        "http://evil.example/path",
        "//evil.example",
        "///evil.example",
        "/\\evil.example",
        "\\\\evil.example",
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " //evil.example",
        "/\t/evil.example",
        "data:text/html,<script>alert(1)</script>",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_return_urls_become_the_home_page(string returnUrl) =>
        Assert.Equal("/", LocalReturnUrl.Sanitize(returnUrl, "http://localhost/"));

    [Theory]
    [InlineData("/contacts/12", "/contacts/12")]
    [InlineData("contacts?search=ana", "/contacts?search=ana")]
    [InlineData("http://localhost/leads/3", "/leads/3")]
    [InlineData("", "/")]
    [InlineData(null, "/")]
    public void Own_paths_are_kept(string? returnUrl, string expected) =>
        Assert.Equal(expected, LocalReturnUrl.Sanitize(returnUrl, "http://localhost/"));

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Signing_in_with_a_hostile_return_url_lands_on_the_dashboard(string returnUrl)
    {
        using var browser = shared.App.CreateBrowser();
        var path = "/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl);

        using var response = await browser.SubmitFormAsync(path, "login", FormClient.SignInFields(Owner, TwoAccountApp.Password));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(response.SetsAuthCookie());
        AssertStaysOnSite(response);
        Assert.Equal("/", response.RedirectPath());
    }

    [Fact]
    public async Task Signing_in_with_an_own_return_url_goes_there()
    {
        using var browser = shared.App.CreateBrowser();
        using var response = await browser.SubmitFormAsync("/Account/Login?ReturnUrl=%2Fcontacts", "login",
            FormClient.SignInFields(Owner, TwoAccountApp.Password));

        Assert.Equal("/contacts", response.RedirectPath());
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Signing_out_with_a_hostile_return_url_stays_on_the_site(string returnUrl)
    {
        using var browser = shared.App.CreateBrowser();
        using (var signedIn = await browser.SignInAsync(Owner, TwoAccountApp.Password))
        {
            Assert.True(signedIn.SetsAuthCookie());
        }

        var token = await browser.GetAntiforgeryTokenAsync("/Account/Manage");

        using var response = await browser.PostAsync("/Account/Logout", new FormUrlEncodedContent(
            [new(FormClient.TokenField, token), new("returnUrl", returnUrl)]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertStaysOnSite(response);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Switching_theme_with_a_hostile_return_url_stays_on_the_site(string returnUrl)
    {
        using var browser = shared.App.CreateBrowser();

        using var response = await browser.GetAsync("/preferences/theme/dark?returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertStaysOnSite(response);
    }

    private static void AssertStaysOnSite(HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new Xunit.Sdk.XunitException("No Location header.");
        var original = location.OriginalString;
        Assert.True(
            original.StartsWith('/') && !original.StartsWith("//", StringComparison.Ordinal) && !original.StartsWith("/\\", StringComparison.Ordinal)
            || location.IsAbsoluteUri && location.Host == "localhost",
            $"Redirected off the site to '{original}'.");
    }
}
