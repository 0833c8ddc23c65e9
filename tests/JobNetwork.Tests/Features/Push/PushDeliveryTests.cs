using System.Net;
using System.Text.Json;
using JobNetwork.Tests.Data;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Digest;
using JobNetwork.Web.Features.Push;
using JobNetwork.Web.Features.Settings;
using JobNetwork.Web.Features.Today;
using JobNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace JobNetwork.Tests.Features.Push;

/// <summary>
/// The daily push through the app's own hosts: encrypted so only the browser can read it, sent once per user and day
/// even with two instances on one database, expired subscriptions dropped, other failures retried.
/// </summary>
[Trait("Database", "Any")]
public sealed class PushDeliveryTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));
    private readonly FakePushService pushService = new();
    private readonly List<IAsyncDisposable> disposables = [];
    private TestDatabase database = null!;
    private WebApplicationFactory<Program> first = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateMigratedAsync();
        first = Instance();
    }

    public async Task DisposeAsync()
    {
        foreach (var disposable in Enumerable.Reverse(disposables))
        {
            await disposable.DisposeAsync();
        }

        pushService.Dispose();
        await database.DisposeAsync();
    }

    private WebApplicationFactory<Program> Instance()
    {
        (string, string?)[] shared = TestDatabase.Provider == DatabaseProvider.Postgres
            ? [("Database:Provider", "Postgres"), ("Database:ConnectionString", database.ConnectionString)]
            : [(DataDirectory.ConfigurationKey, database.Folder)];
        // The fake push service runs on this machine, which the guarded client refuses unless the operator allows it.
        var factory = new JobNetworkAppFactory([.. shared, (OutboundAddressPolicy.AllowedPrivateHostsKey, "127.0.0.1")]);
        var instance = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            // Only the test's explicit rounds run, so the counts below are the race under test (as in SeveralInstancesTests).
            foreach (var worker in s.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(DailyDigestWorker)).ToList())
            {
                s.Remove(worker);
            }
        }));
        disposables.Add(factory);
        disposables.Add(instance);
        return instance;
    }

    private async Task<string> SubscribedUserAsync(string email, string device, int hour = 8)
    {
        await using var scope = first.Services.CreateAsyncScope();
        var user = new ApplicationUser { UserName = email, Email = email };
        Assert.True((await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().CreateAsync(user, "Str0ng!Passw0rd")).Succeeded);
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(user.Id);
        Assert.Equal(SaveOutcome.Saved, await scope.ServiceProvider.GetRequiredService<SettingsService>().SaveAsync(
            new SettingsForm { TimeZoneId = "UTC", EmailDigestHour = hour }, CancellationToken.None));
        // Stored directly: the save path requires https, and the fake push service speaks plain http on loopback.
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        db.PushSubscriptions.Add(new JobNetwork.Web.Domain.PushSubscription
        {
            Endpoint = pushService.Endpoint(device), P256dh = pushService.P256dh, Auth = pushService.Auth,
            Device = "Chrome on Android", CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync();
        return user.Id;
    }

    private async Task<List<JobNetwork.Web.Domain.PushSubscription>> StoredDevicesAsync()
    {
        await using var db = database.ContextFor(null);
        return await db.PushSubscriptions.IgnoreQueryFilters().AsNoTracking().ToListAsync();
    }

    private async Task<DateOnly?> LastPushSentOnAsync(string userId)
    {
        await using var db = database.ContextFor(null);
        return await db.JobSearchSettings.IgnoreQueryFilters().Where(s => s.OwnerId == userId).Select(s => s.LastPushSentOn).SingleAsync();
    }

    [Fact]
    public async Task The_daily_prompt_arrives_encrypted_for_the_browser_and_says_what_the_digest_says()
    {
        var userId = await SubscribedUserAsync("push@example.com", "phone");
        var runner = first.Services.GetRequiredService<PushRunner>();

        Assert.Equal(1, await runner.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await runner.RunOnceAsync(CancellationToken.None));

        var push = Assert.Single(pushService.Received);
        Assert.Equal("/push/phone", push.Path);
        Assert.Equal("aes128gcm", push.ContentEncoding);
        var vapidKey = (await first.Services.GetRequiredService<VapidKeyStore>().GetAsync(CancellationToken.None)).PublicKey;
        Assert.StartsWith("vapid t=", push.Authorization, StringComparison.Ordinal);
        Assert.Contains($"k={vapidKey}", push.Authorization, StringComparison.Ordinal);

        using var payload = JsonDocument.Parse(pushService.Decrypt(push.Body));
        await using var scope = first.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(userId);
        var suggestions = (await scope.ServiceProvider.GetRequiredService<TodayService>().GetAsync(CancellationToken.None)).Suggestions;
        Assert.Equal(DailyPromptText.Title(suggestions), payload.RootElement.GetProperty("title").GetString());
        Assert.Equal(DailyPromptText.Message(suggestions), payload.RootElement.GetProperty("body").GetString());
        Assert.Equal("/today", payload.RootElement.GetProperty("url").GetString());
        Assert.Equal(clock.GetUtcNow().UtcDateTime, Assert.Single(await StoredDevicesAsync()).LastDeliveredAtUtc);
        Assert.Equal(new DateOnly(2026, 11, 27), await LastPushSentOnAsync(userId));
    }

    [Fact]
    public async Task Nothing_is_pushed_before_the_users_hour()
    {
        // 08:00 UTC now; this user's hour is 9.
        await SubscribedUserAsync("early@example.com", "phone", hour: 9);

        Assert.Equal(0, await first.Services.GetRequiredService<PushRunner>().RunOnceAsync(CancellationToken.None));
        Assert.Empty(pushService.Received);
    }

    [Theory]
    [InlineData(HttpStatusCode.Gone)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task A_subscription_the_push_service_no_longer_knows_is_dropped(HttpStatusCode answer)
    {
        pushService.Answer = answer;
        await SubscribedUserAsync("gone@example.com", "old-phone");

        Assert.Equal(0, await first.Services.GetRequiredService<PushRunner>().RunOnceAsync(CancellationToken.None));

        Assert.Single(pushService.Received);
        Assert.Empty(await StoredDevicesAsync());
    }

    [Fact]
    public async Task Another_failure_gives_the_day_back_and_is_retried_after_the_backoff()
    {
        pushService.Answer = HttpStatusCode.InternalServerError;
        var userId = await SubscribedUserAsync("retry@example.com", "phone");
        var runner = first.Services.GetRequiredService<PushRunner>();

        Assert.Equal(0, await runner.RunOnceAsync(CancellationToken.None));
        Assert.Null(await LastPushSentOnAsync(userId));
        Assert.Single(await StoredDevicesAsync());

        pushService.Answer = HttpStatusCode.Created;
        Assert.Equal(0, await runner.RunOnceAsync(CancellationToken.None));
        clock.Advance(WebhookBackoff.FirstDelay);
        Assert.Equal(1, await runner.RunOnceAsync(CancellationToken.None));
        Assert.Equal(2, pushService.Received.Count);
        Assert.Equal(new DateOnly(2026, 11, 27), await LastPushSentOnAsync(userId));
    }

    [Fact]
    public async Task With_two_instances_checking_at_the_same_moment_each_user_gets_one_push()
    {
        var second = Instance();
        await SubscribedUserAsync("one@example.com", "one");
        await SubscribedUserAsync("two@example.com", "two");

        for (var round = 0; round < 3; round++)
        {
            await Task.WhenAll(
                first.Services.GetRequiredService<PushRunner>().RunOnceAsync(CancellationToken.None),
                second.Services.GetRequiredService<PushRunner>().RunOnceAsync(CancellationToken.None));
        }

        Assert.Equal(["/push/one", "/push/two"], pushService.Received.Select(p => p.Path).Order());
        // Both instances sign with the one stored key pair.
        Assert.Equal(
            await first.Services.GetRequiredService<VapidKeyStore>().GetAsync(CancellationToken.None),
            await second.Services.GetRequiredService<VapidKeyStore>().GetAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("https://10.0.0.1/push/x")]
    [InlineData("http://[::1]:8080/push/x")]
    public async Task An_inward_endpoint_is_refused_at_send_time_before_any_connection(string endpoint)
    {
        await using var scope = first.Services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<PushSender>();

        var result = await sender.SendAsync(
            new JobNetwork.Web.Domain.PushSubscription { Endpoint = endpoint, P256dh = pushService.P256dh, Auth = pushService.Auth },
            new PushNotification("t", "b"), CancellationToken.None);

        Assert.Equal(PushOutcome.Failed, result.Outcome);
        Assert.Equal(OutboundFailure.RefusedPrivateAddress, result.Reason);
    }
}
