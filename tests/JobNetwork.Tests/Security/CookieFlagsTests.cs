using System.Net;
using JobNetwork.Tests.Infrastructure;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobNetwork.Tests.Security;

/// <summary>The sign-in and antiforgery cookies can't be read by script, aren't sent cross-site, and are Secure over HTTPS.</summary>
public sealed class CookieFlagsTests
{
    private const string Email = "owner@example.com";

    [Fact]
    public async Task Over_https_the_auth_and_antiforgery_cookies_are_httponly_samesite_and_secure()
    {
        await using var app = new JobNetworkAppFactory();
        using var browser = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });

        using var page = await browser.GetAsync("/Account/Register");
        var antiforgery = SingleCookie(page, ".AspNetCore.Antiforgery.");
        using var registered = await browser.SubmitFormAsync("/Account/Register", "register", FormClient.RegisterFields(Email, TwoAccountApp.Password));
        var auth = SingleCookie(registered, "JobNetwork.Auth=");

        foreach (var cookie in new[] { antiforgery, auth })
        {
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("secure", cookie.Split(';').Select(p => p.Trim().ToLowerInvariant()));
            Assert.Matches("(?i)samesite=(lax|strict)", cookie);
        }
    }

    [Fact]
    public async Task Over_plain_http_the_cookies_keep_httponly_and_samesite()
    {
        await using var app = new JobNetworkAppFactory();
        using var browser = app.CreateBrowser();

        using var page = await browser.GetAsync("/Account/Register");
        var antiforgery = SingleCookie(page, ".AspNetCore.Antiforgery.");
        using var registered = await browser.SubmitFormAsync("/Account/Register", "register", FormClient.RegisterFields(Email, TwoAccountApp.Password));
        var auth = SingleCookie(registered, "JobNetwork.Auth=");

        Assert.All(new[] { antiforgery, auth }, cookie =>
        {
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Matches("(?i)samesite=(lax|strict)", cookie);
        });
    }

    [Fact]
    public async Task Every_cookie_the_app_configures_is_secure_whenever_the_request_is()
    {
        await using var app = new JobNetworkAppFactory();
        var cookieOptions = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>();
        var schemes = new[]
        {
            IdentityConstants.ApplicationScheme, IdentityConstants.ExternalScheme,
            IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme,
        };

        Assert.All(schemes, scheme =>
        {
            var cookie = cookieOptions.Get(scheme).Cookie;
            Assert.True(cookie.HttpOnly, $"{scheme} cookie is readable by script.");
            Assert.Contains(cookie.SecurePolicy, new[] { CookieSecurePolicy.SameAsRequest, CookieSecurePolicy.Always });
        });
        var antiforgery = app.Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie;
        Assert.Contains(antiforgery.SecurePolicy, new[] { CookieSecurePolicy.SameAsRequest, CookieSecurePolicy.Always });
        Assert.True(antiforgery.HttpOnly);
    }

    [Fact]
    public async Task Behind_a_tls_proxy_with_forwarded_headers_enabled_the_cookies_are_secure()
    {
        // ASPNETCORE_FORWARDEDHEADERS_ENABLED=true is the documented switch for running behind a TLS-terminating proxy.
        await using var app = new JobNetworkAppFactory(("ForwardedHeaders_Enabled", "true"));
        using var browser = app.CreateBrowser();
        browser.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        using var page = await browser.GetAsync("/Account/Register");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("secure", SingleCookie(page, ".AspNetCore.Antiforgery.").Split(';').Select(p => p.Trim().ToLowerInvariant()));
    }

    private static string SingleCookie(HttpResponseMessage response, string prefix)
    {
        Assert.True(response.Headers.TryGetValues("Set-Cookie", out var cookies), "No cookies were set.");
        return Assert.Single(cookies, c => c.StartsWith(prefix, StringComparison.Ordinal));
    }
}
