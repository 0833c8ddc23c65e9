using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Digest;
using JobNetwork.Web.Features.Settings;
using JobNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JobNetwork.Tests.Features.Digest;

/// <summary>The daily email through MailKit to a real in-process SMTP server: once a day, at the user's hour, only to those who opted in, retried when the server is down.</summary>
public sealed class DailyDigestTests : IAsyncLifetime
{
    private readonly int port = FakeSmtpServer.FreePort();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 27, 9, 30, 0, TimeSpan.Zero));
    private JobNetworkAppFactory factory = null!;
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app = null!;

    public Task InitializeAsync()
    {
        factory = new JobNetworkAppFactory(("Smtp:Host", "localhost"), ("Smtp:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Smtp:Security", "None"), ("Smtp:From", "JobNetwork <digest@example.com>"));
        app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await factory.DisposeAsync();
    }

    private async Task<string> UserAsync(string email, bool optedIn, int hour, string timeZone = "UTC")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().CreateAsync(user, "Str0ng!Passw0rd")).Succeeded);
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(user.Id);
        var saved = await scope.ServiceProvider.GetRequiredService<SettingsService>().SaveAsync(
            new SettingsForm { TimeZoneId = timeZone, EmailDigestEnabled = optedIn, EmailDigestHour = hour }, CancellationToken.None);
        Assert.Equal(SaveOutcome.Saved, saved);
        return user.Id;
    }

    private Task<int> RunAsync() => app.Services.GetRequiredService<DigestRunner>().RunOnceAsync(CancellationToken.None);

    [Fact]
    public async Task An_opted_in_user_gets_the_days_suggestions_once_and_an_opted_out_user_gets_nothing()
    {
        await using var smtp = new FakeSmtpServer(port);
        await UserAsync("ann@example.com", optedIn: true, hour: 8);
        await UserAsync("olly@example.com", optedIn: false, hour: 8);

        Assert.Equal(1, await RunAsync());
        Assert.Equal(0, await RunAsync());

        var message = Assert.Single(smtp.Received);
        Assert.Equal("ann@example.com", message.To.Mailboxes.Single().Address);
        Assert.Contains("make a list of people you know well", message.Subject, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Something to do today", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_email_lists_the_thank_yous_due_after_the_suggestions()
    {
        await using var smtp = new FakeSmtpServer(port);
        var ann = await UserAsync("ann@example.com", optedIn: true, hour: 8);
        await WebhookTests.OweDanaAThankYouAsync(app.Services, ann);

        Assert.Equal(1, await RunAsync());

        var body = Assert.Single(smtp.Received).TextBody ?? "";
        Assert.Contains("Close the loop", body, StringComparison.Ordinal);
        Assert.Contains("• Thank Dana — you talked to Grace", body, StringComparison.Ordinal);
        Assert.True(body.IndexOf("Something to do today", StringComparison.Ordinal) < body.IndexOf("Close the loop", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nothing_goes_before_the_users_hour_in_their_own_time_zone_and_it_goes_again_the_next_day()
    {
        await using var smtp = new FakeSmtpServer(port);
        // 09:30 UTC is 01:30 in Los Angeles: before an 08:00 digest there.
        await UserAsync("lee@example.com", optedIn: true, hour: 8, timeZone: "America/Los_Angeles");

        Assert.Equal(0, await RunAsync());
        clock.Advance(TimeSpan.FromHours(7));
        Assert.Equal(1, await RunAsync());
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await RunAsync());
        Assert.Equal(2, smtp.Received.Count);
    }

    [Fact]
    public async Task When_the_mail_server_is_down_nothing_is_recorded_and_the_next_run_sends_it()
    {
        await UserAsync("dee@example.com", optedIn: true, hour: 0);

        Assert.Equal(0, await RunAsync());

        await using var smtp = new FakeSmtpServer(port);
        Assert.Equal(1, await RunAsync());
        Assert.Single(smtp.Received);
        await using var db = new AppDbContext(
            app.Services.CreateScope().ServiceProvider.GetRequiredService<DbContextOptions<AppDbContext>>(), new NoUser());
        Assert.Equal(new DateOnly(2026, 11, 27), (await db.JobSearchSettings.IgnoreQueryFilters().SingleAsync()).LastDigestSentOn);
    }

    private sealed class NoUser : ICurrentUser
    {
        public string? UserId => null;
    }
}
