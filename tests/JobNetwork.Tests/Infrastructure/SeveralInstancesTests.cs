using System.Globalization;
using System.Net;
using JobNetwork.Tests.Data;
using JobNetwork.Tests.Features.Digest;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.Digest;
using JobNetwork.Web.Features.Settings;
using JobNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace JobNetwork.Tests.Infrastructure;

/// <summary>
/// Two instances of the app (each its own host, services, key-ring cache and background workers) on one database,
/// as behind a load balancer. Runs on SQLite and, in the PostgreSQL pass, on PostgreSQL, the deployment that has them.
/// </summary>
[Trait(Slow.Trait, Slow.Value)]
[Trait("Database", "Any")]
public sealed class SeveralInstancesTests : IAsyncLifetime
{
    private const string Password = "Str0ng!Passw0rd";
    private readonly int smtpPort = FakeSmtpServer.FreePort();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));
    private TestDatabase database = null!;
    private WebApplicationFactory<Program> first = null!;
    private WebApplicationFactory<Program> second = null!;
    private readonly List<IAsyncDisposable> disposables = [];

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateMigratedAsync();
        first = Instance();
        second = Instance();
    }

    public async Task DisposeAsync()
    {
        foreach (var disposable in Enumerable.Reverse(disposables))
        {
            await disposable.DisposeAsync();
        }

        await database.DisposeAsync();
    }

    private WebApplicationFactory<Program> Instance()
    {
        (string, string?)[] shared = TestDatabase.Provider == DatabaseProvider.Postgres
            ? [("Database:Provider", "Postgres"), ("Database:ConnectionString", database.ConnectionString)]
            : [(DataDirectory.ConfigurationKey, database.Folder)];
        var factory = new JobNetworkAppFactory([.. shared,
            ("Registration:Mode", "Open"),
            ("Smtp:Host", "localhost"), ("Smtp:Port", smtpPort.ToString(CultureInfo.InvariantCulture)),
            ("Smtp:Security", "None"), ("Smtp:From", "JobNetwork <digest@example.com>")]);
        var instance = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            // The instances' own once-a-minute checks are left out: the second host starts inside the test's first round,
            // and its worker's check could claim a digest and still be sending it when the test counted (two flaky runs
            // received 7 of 8). The explicit rounds below are the race this test is about.
            foreach (var worker in s.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(DailyDigestWorker)).ToList())
            {
                s.Remove(worker);
            }
        }));
        disposables.Add(factory);
        disposables.Add(instance);
        return instance;
    }

    [Fact]
    public async Task Someone_signed_in_through_one_instance_stays_signed_in_through_the_other()
    {
        using var browser = first.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var registered = await browser.RegisterAsync("ann@example.com", Password);
        var authCookie = registered.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("JobNetwork.Auth=", StringComparison.Ordinal)).Split(';')[0];

        using var otherInstance = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Manage");
        request.Headers.Add("Cookie", authCookie);
        using var response = await otherInstance.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ann@example.com", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_contact_saved_through_one_instance_is_found_through_the_other()
    {
        var userId = await CreateUserAsync(first, "bo@example.com");

        await using (var scope = ActingAs(first, userId))
        {
            var saved = await scope.ServiceProvider.GetRequiredService<ContactService>().CreateAsync(new ContactForm { Name = "Zelda Instance" }, CancellationToken.None);
            Assert.True(saved.Succeeded, saved.Message);
        }

        await using (var scope = ActingAs(second, userId))
        {
            var found = await scope.ServiceProvider.GetRequiredService<ContactService>().SearchAsync(new ContactQuery { Search = "zelda" }, CancellationToken.None);
            Assert.Equal("Zelda Instance", Assert.Single(found.Items).Name);
        }
    }

    [Fact]
    public async Task A_digest_due_at_eight_is_sent_once_when_both_instances_check_at_the_same_moment()
    {
        await using var smtp = new FakeSmtpServer(smtpPort);
        var emails = Enumerable.Range(1, 8).Select(i => $"user{i}@example.com").ToList();
        foreach (var email in emails)
        {
            var userId = await CreateUserAsync(first, email);
            await using var scope = ActingAs(first, userId);
            var outcome = await scope.ServiceProvider.GetRequiredService<SettingsService>().SaveAsync(
                new SettingsForm { TimeZoneId = "UTC", EmailDigestEnabled = true, EmailDigestHour = 8 }, CancellationToken.None);
            Assert.Equal(SaveOutcome.Saved, outcome);
        }

        // Both instances check at once, three times: each user's digest must be claimed by exactly one of them.
        for (var round = 0; round < 3; round++)
        {
            await Task.WhenAll(
                first.Services.GetRequiredService<DigestRunner>().RunOnceAsync(CancellationToken.None),
                second.Services.GetRequiredService<DigestRunner>().RunOnceAsync(CancellationToken.None));
        }

        var recipients = smtp.Received.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(emails.Order(StringComparer.Ordinal), recipients);
    }

    private static async Task<string> CreateUserAsync(WebApplicationFactory<Program> instance, string email)
    {
        await using var scope = instance.Services.CreateAsyncScope();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        return user.Id;
    }

    private static AsyncServiceScope ActingAs(WebApplicationFactory<Program> instance, string userId)
    {
        var scope = instance.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(userId);
        return scope;
    }
}
