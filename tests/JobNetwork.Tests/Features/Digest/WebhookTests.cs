using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.Digest;
using JobNetwork.Web.Features.Referrals;
using JobNetwork.Web.Features.Settings;
using JobNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JobNetwork.Tests.Features.Digest;

/// <summary>The daily webhook: a JSON POST that ntfy, Gotify and chat webhooks accept; failures are kept for the settings page and retried.</summary>
public sealed class WebhookTests : IAsyncLifetime
{
    private readonly int port = FakeSmtpServer.FreePort();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
    private readonly ConcurrentQueue<JsonDocument> received = new();
    private JobNetworkAppFactory factory = null!;
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app = null!;
    private string userId = "";

    private string Url => $"http://127.0.0.1:{port}/hook/";

    public async Task InitializeAsync()
    {
        // The receiver runs on this machine, which the guarded client refuses unless the operator allows it.
        factory = new JobNetworkAppFactory((OutboundAddressPolicy.AllowedPrivateHostsKey, "127.0.0.1"));
        app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        await using var scope = app.Services.CreateAsyncScope();
        var user = new ApplicationUser { UserName = "hook@example.com", Email = "hook@example.com" };
        Assert.True((await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().CreateAsync(user, "Str0ng!Passw0rd")).Succeeded);
        userId = user.Id;
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(userId);
        Assert.Equal(SaveOutcome.Saved, await scope.ServiceProvider.GetRequiredService<SettingsService>().SaveAsync(
            new SettingsForm { TimeZoneId = "UTC", EmailDigestHour = 8, WebhookUrl = Url }, CancellationToken.None));
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await factory.DisposeAsync();
    }

    private HttpListener Listen()
    {
        var listener = new HttpListener();
        listener.Prefixes.Add(Url);
        listener.Start();
        _ = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                try
                {
                    var context = await listener.GetContextAsync();
                    received.Enqueue(await JsonDocument.ParseAsync(context.Request.InputStream));
                    context.Response.StatusCode = 200;
                    context.Response.Close();
                }
                catch (HttpListenerException)
                {
                    return;
                }
                catch (ObjectDisposedException)
                {
                    return;
                }
            }
        });
        return listener;
    }

    private async Task<JobNetwork.Web.Domain.JobSearchSettings> StoredAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.JobSearchSettings.IgnoreQueryFilters().AsNoTracking().SingleAsync(s => s.OwnerId == userId);
    }

    [Fact]
    public async Task The_days_suggestions_are_posted_once_as_json_with_title_message_text_and_content()
    {
        using var listener = Listen();
        var runner = app.Services.GetRequiredService<DigestRunner>();

        Assert.Equal(1, await runner.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await runner.RunOnceAsync(CancellationToken.None));

        var body = Assert.Single(received).RootElement;
        Assert.StartsWith("Today:", body.GetProperty("title").GetString(), StringComparison.Ordinal);
        foreach (var field in new[] { "message", "text", "content", "day" })
        {
            Assert.False(string.IsNullOrEmpty(body.GetProperty(field).GetString()), field);
        }
    }

    [Fact]
    public async Task A_thank_you_due_today_is_in_the_message_and_in_its_own_list()
    {
        await OweDanaAThankYouAsync(app.Services, userId);
        using var listener = Listen();

        Assert.Equal(1, await app.Services.GetRequiredService<DigestRunner>().RunOnceAsync(CancellationToken.None));

        var body = Assert.Single(received).RootElement;
        Assert.Contains("Thank Dana — you talked to Grace", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        var thankYou = Assert.Single(body.GetProperty("thankYous").EnumerateArray());
        Assert.Equal(("Dana", "Thank Dana — you talked to Grace"), (thankYou.GetProperty("referrer").GetString(), thankYou.GetProperty("text").GetString()));
    }

    /// <summary>Dana introduced Grace and the user has talked to Grace: Dana is owed a thank-you.</summary>
    internal static async Task OweDanaAThankYouAsync(IServiceProvider services, string userId)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(userId);
        var dana = (await scope.ServiceProvider.GetRequiredService<ContactService>().CreateAsync(new ContactForm { Name = "Dana" }, CancellationToken.None)).Id!.Value;
        var referrals = scope.ServiceProvider.GetRequiredService<ReferralService>();
        var created = await referrals.CreateAsync(dana, new ReferralForm { NewContactName = "Grace" }, CancellationToken.None);
        Assert.True(created.Succeeded, created.Message);
        var row = (await referrals.GetAsync(created.Id!.Value, CancellationToken.None))!;
        Assert.True((await referrals.MoveAsync(row.Id, ReferralStatus.Talked, row.Version, CancellationToken.None)).Succeeded);
    }

    [Fact]
    public async Task A_failed_call_is_shown_and_retried_and_the_next_success_clears_it()
    {
        var runner = app.Services.GetRequiredService<DigestRunner>();

        Assert.Equal(0, await runner.RunOnceAsync(CancellationToken.None));
        var failed = await StoredAsync();
        Assert.NotNull(failed.LastWebhookError);
        Assert.Contains(OutboundFailure.CouldNotConnect, failed.LastWebhookError);
        Assert.Null(failed.LastWebhookSentOn);

        using var listener = Listen();
        // Backed off: not called again within the first delay, called once it has passed.
        Assert.Equal(0, await runner.RunOnceAsync(CancellationToken.None));
        clock.Advance(WebhookBackoff.FirstDelay);
        Assert.Equal(1, await runner.RunOnceAsync(CancellationToken.None));
        var recovered = await StoredAsync();
        Assert.Null(recovered.LastWebhookError);
        Assert.Equal(new DateOnly(2026, 11, 27), recovered.LastWebhookSentOn);
    }
}
