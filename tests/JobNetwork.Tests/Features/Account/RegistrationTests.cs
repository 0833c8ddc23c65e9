using System.Net;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Features.Account;

namespace JobNetwork.Tests.Features.Account;

public sealed class RegistrationTests
{
    private const string StrongPassword = "Corr3ct-Horse!";

    [Fact]
    public async Task The_first_person_to_register_is_signed_in_and_becomes_the_administrator()
    {
        await using var app = new JobNetworkAppFactory();
        using var browser = app.CreateBrowser();

        using var response = await browser.RegisterAsync("admin@example.com", StrongPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.RedirectPath());
        Assert.True(await app.IsInRoleAsync("admin@example.com", RegistrationPolicy.AdministratorRole));
        using var dashboard = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    [Fact]
    public async Task When_registration_is_closed_a_second_visitor_sees_so_and_cannot_post_an_account()
    {
        await using var app = new JobNetworkAppFactory();
        using (var admin = app.CreateBrowser())
        {
            (await admin.RegisterAsync("admin@example.com", StrongPassword)).Dispose();
        }

        using var visitor = app.CreateBrowser();
        using var page = await visitor.GetAsync("/Account/Register");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Registration is closed", html, StringComparison.Ordinal);
        Assert.Null(FormClient.FindAntiforgeryToken(html));

        // A hand-crafted post, with a valid token taken from the sign-in page.
        var token = await visitor.GetAntiforgeryTokenAsync("/Account/Login");
        using var post = await visitor.PostFormAsync(
            "/Account/Register", "register", token, FormClient.RegisterFields("intruder@example.com", StrongPassword));

        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
        Assert.True((int)post.StatusCode < 500, $"Expected no server error, got {(int)post.StatusCode}.");
        Assert.Equal(1, await app.CountUsersAsync());
        Assert.Null(await app.FindUserAsync("intruder@example.com"));
    }

    [Fact]
    public async Task When_registration_is_open_a_second_person_can_register_without_becoming_administrator()
    {
        await using var app = new JobNetworkAppFactory(("Registration:Mode", "Open"));
        using (var admin = app.CreateBrowser())
        {
            (await admin.RegisterAsync("admin@example.com", StrongPassword)).Dispose();
        }

        using var visitor = app.CreateBrowser();
        using var response = await visitor.RegisterAsync("second@example.com", StrongPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.RedirectPath());
        Assert.Equal(2, await app.CountUsersAsync());
        Assert.False(await app.IsInRoleAsync("second@example.com", RegistrationPolicy.AdministratorRole));
    }

    [Theory]
    [InlineData("abc", "The password must be at least 8 and at most 100 characters long.")]
    [InlineData("abcdefgh", "Passwords must have at least one non alphanumeric character.")]
    public async Task A_weak_password_is_explained_on_the_form(string password, string expectedMessage)
    {
        await using var app = new JobNetworkAppFactory();
        using var browser = app.CreateBrowser();

        using var response = await browser.RegisterAsync("admin@example.com", password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expectedMessage, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.CountUsersAsync());
    }

    [Fact]
    public async Task An_email_that_is_already_registered_is_explained_on_the_form()
    {
        await using var app = new JobNetworkAppFactory(("Registration:Mode", "Open"));
        using (var admin = app.CreateBrowser())
        {
            (await admin.RegisterAsync("taken@example.com", StrongPassword)).Dispose();
        }

        using var visitor = app.CreateBrowser();
        using var response = await visitor.RegisterAsync("taken@example.com", StrongPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is already taken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.CountUsersAsync());
    }

    [Fact]
    public async Task An_over_long_email_is_explained_on_the_form()
    {
        await using var app = new JobNetworkAppFactory();
        using var browser = app.CreateBrowser();
        var email = new string('a', 300 - "@example.com".Length) + "@example.com";

        using var response = await browser.RegisterAsync(email, StrongPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("An email address can be at most 256 characters.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.CountUsersAsync());
    }

    [Fact]
    public async Task Passwords_that_do_not_match_are_explained_on_the_form()
    {
        await using var app = new JobNetworkAppFactory();
        using var browser = app.CreateBrowser();

        using var response = await browser.SubmitFormAsync(
            "/Account/Register", "register",
            ("Input.Email", "admin@example.com"), ("Input.Password", StrongPassword), ("Input.ConfirmPassword", StrongPassword + "x"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The two passwords do not match.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.CountUsersAsync());
    }
}
