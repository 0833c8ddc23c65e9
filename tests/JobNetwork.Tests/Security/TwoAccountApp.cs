using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Data;
using JobNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace JobNetwork.Tests.Security;

/// <summary>The whole app with two accounts, each with its own signed-in browser, and a way to seed data as either.</summary>
public sealed class TwoAccountApp : IAsyncDisposable
{
    public const string Password = "Corr3ct-Horse!";

    private TwoAccountApp(JobNetworkAppFactory app) => App = app;

    public JobNetworkAppFactory App { get; }

    public Account A { get; private set; } = null!;

    public Account B { get; private set; } = null!;

    public static async Task<TwoAccountApp> StartAsync(params (string Key, string? Value)[] settings)
    {
        var app = new TwoAccountApp(new JobNetworkAppFactory([("RateLimiting:SignInPermitsPerMinute", "1000"), .. settings]));
        app.A = await app.CreateAccountAsync("alice@example.com");
        app.B = await app.CreateAccountAsync("bob@example.com");
        return app;
    }

    public async Task<Account> CreateAccountAsync(string email)
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var result = await users.CreateAsync(new ApplicationUser { UserName = email, Email = email, CreatedAtUtc = DateTime.UtcNow }, Password);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        var user = await App.FindUserAsync(email) ?? throw new InvalidOperationException(email);
        var browser = App.CreateBrowser();
        using var signedIn = await browser.SignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.True(signedIn.SetsAuthCookie(), $"{email} did not get signed in.");
        return new Account(this, user.Id, email, browser);
    }

    /// <summary>Runs app services in a scope that acts as <paramref name="userId"/>, as that user's own requests would.</summary>
    public async Task<T> AsUserAsync<T>(string userId, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(userId);
        return await work(scope.ServiceProvider);
    }

    /// <summary>Stores a passkey for the account straight through Identity (no authenticator needed); returns its id as the routes spell it.</summary>
    public async Task<string> AddPasskeyAsync(Account account, string name)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(account.Id) ?? throw new InvalidOperationException(account.Email);
        var credentialId = RandomNumberGenerator.GetBytes(32);
        var passkey = new UserPasskeyInfo(credentialId, RandomNumberGenerator.GetBytes(77), DateTimeOffset.UtcNow, 0, ["internal"],
            isUserVerified: true, isBackupEligible: false, isBackedUp: false, attestationObject: [1], clientDataJson: [1]) { Name = name };
        var result = await users.AddOrUpdatePasskeyAsync(user, passkey);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return Base64Url.EncodeToString(credentialId);
    }

    public async ValueTask DisposeAsync()
    {
        A?.Browser.Dispose();
        B?.Browser.Dispose();
        await App.DisposeAsync();
    }

    public sealed record Account(TwoAccountApp Owner, string Id, string Email, HttpClient Browser)
    {
        public Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work) => Owner.AsUserAsync(Id, work);

        public Task<NetworkSeed> SeedAsync(string text, string? url = null) => RunAsync(services => NetworkSeed.CreateAsync(services, text, url));
    }
}
