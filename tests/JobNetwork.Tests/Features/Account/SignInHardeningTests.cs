using System.Net;
using JobNetwork.Tests.Infrastructure;

namespace JobNetwork.Tests.Features.Account;

public sealed class SignInHardeningTests
{
    private const string Email = "admin@example.com";
    private const string Password = "Corr3ct-Horse!";

    [Fact]
    public async Task The_right_password_signs_in_and_returns_to_the_dashboard()
    {
        await using var app = await StartWithAccountAsync();
        using var browser = app.CreateBrowser();

        using var response = await browser.SignInAsync(Email, Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.RedirectPath());
        Assert.True(response.SetsAuthCookie());
        using var dashboard = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_on_the_form()
    {
        await using var app = await StartWithAccountAsync();
        using var browser = app.CreateBrowser();

        using var response = await browser.SignInAsync(Email, "Wrong-Passw0rd!");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("don&#x27;t match an account", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_five_wrong_passwords_even_the_right_password_is_locked_out()
    {
        await using var app = await StartWithAccountAsync(("RateLimiting:SignInPermitsPerMinute", "1000"));
        using var attacker = app.CreateBrowser();
        var token = await attacker.GetAntiforgeryTokenAsync("/Account/Login");
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await attacker.PostFormAsync("/Account/Login", "login", token, FormClient.SignInFields(Email, $"Wrong-Passw0rd-{attempt}"));
            Assert.True(wrong.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"Attempt {attempt}: {(int)wrong.StatusCode}");
        }

        using var owner = app.CreateBrowser();
        using var right = await owner.SignInAsync(Email, Password);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/Account/Lockout", right.RedirectPath());
        Assert.False(right.SetsAuthCookie());
        using var dashboard = await owner.GetAsync("/");
        Assert.Equal("/Account/Login", dashboard.RedirectPath());
    }

    [Fact]
    public async Task Rapid_sign_in_posts_get_a_friendly_too_many_requests_page()
    {
        await using var app = new JobNetworkAppFactory(("RateLimiting:SignInPermitsPerMinute", "3"));
        using var browser = app.CreateBrowser();
        var token = await browser.GetAntiforgeryTokenAsync("/Account/Login");

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            using var allowed = await browser.PostFormAsync("/Account/Login", "login", token, FormClient.SignInFields(Email, "Wrong-Passw0rd!"));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        using var refused = await browser.PostFormAsync("/Account/Login", "login", token, FormClient.SignInFields(Email, "Wrong-Passw0rd!"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Too many attempts", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(60), refused.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task The_rate_limit_counts_registration_posts_too_but_not_page_loads()
    {
        await using var app = new JobNetworkAppFactory(("RateLimiting:SignInPermitsPerMinute", "2"));
        using var browser = app.CreateBrowser();
        for (var load = 0; load < 5; load++)
        {
            using var page = await browser.GetAsync("/Account/Login");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        var token = await browser.GetAntiforgeryTokenAsync("/Account/Register");
        (await browser.PostFormAsync("/Account/Login", "login", token, FormClient.SignInFields(Email, "x"))).Dispose();
        (await browser.PostFormAsync("/Account/Register", "register", token, FormClient.RegisterFields(Email, "abc"))).Dispose();
        using var refused = await browser.PostFormAsync("/Account/Register", "register", token, FormClient.RegisterFields(Email, Password));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(0, await app.CountUsersAsync());
    }

    [Fact]
    public async Task A_sign_in_post_without_the_antiforgery_token_is_rejected()
    {
        await using var app = await StartWithAccountAsync();
        using var browser = app.CreateBrowser();
        await browser.GetAntiforgeryTokenAsync("/Account/Login");

        using var response = await browser.PostFormAsync("/Account/Login", "login", token: null, FormClient.SignInFields(Email, Password));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.SetsAuthCookie());
    }

    [Fact]
    public async Task A_sign_in_post_with_a_forged_antiforgery_token_is_rejected()
    {
        await using var app = await StartWithAccountAsync();
        using var browser = app.CreateBrowser();
        await browser.GetAntiforgeryTokenAsync("/Account/Login");

        using var response = await browser.PostFormAsync("/Account/Login", "login", "CfDJ8-forged-token", FormClient.SignInFields(Email, Password));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_unauthenticated_visit_to_the_dashboard_redirects_to_sign_in()
    {
        await using var app = new JobNetworkAppFactory();
        using var browser = app.CreateBrowser();

        using var response = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.RedirectPath());
    }

    private static async Task<JobNetworkAppFactory> StartWithAccountAsync(params (string, string?)[] settings)
    {
        var app = new JobNetworkAppFactory(settings);
        using var browser = app.CreateBrowser();
        using var registered = await browser.RegisterAsync(Email, Password);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        return app;
    }
}
