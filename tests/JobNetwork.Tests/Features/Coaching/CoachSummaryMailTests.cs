using JobNetwork.Tests.Features.Digest;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Coaching;
using JobNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace JobNetwork.Tests.Features.Coaching;

/// <summary>
/// The weekly coach summary through MailKit to an in-process SMTP server, with the app's own registration: sent once
/// per week also with two runners (two instances), only to a coach who asked, and recorded in the client's history.
/// </summary>
public sealed class CoachSummaryMailTests : IAsyncLifetime
{
    private readonly int port = FakeSmtpServer.FreePort();

    // Monday 30 November 2026, 09:30 UTC.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 9, 30, 0, TimeSpan.Zero));
    private JobNetworkAppFactory factory = null!;
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app = null!;

    public Task InitializeAsync()
    {
        factory = new JobNetworkAppFactory(("Smtp:Host", "localhost"), ("Smtp:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Smtp:Security", "None"), ("Smtp:From", "JobNetwork <digest@example.com>"), ("BaseUrl", "https://jobs.example.com"));
        app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            // The runs in these tests are the instances; the app's own five-minute worker would race them.
            foreach (var worker in s.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(CoachSummaryWorker)).ToList())
            {
                s.Remove(worker);
            }
        }));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await factory.DisposeAsync();
    }

    private async Task<string> UserAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().CreateAsync(user, "Str0ng!Passw0rd")).Succeeded);
        return user.Id;
    }

    private async Task AsAsync(string userId, Func<IServiceProvider, Task> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(userId);
        await action(scope.ServiceProvider);
    }

    /// <summary>Dana shares with Coach Kim; Kim asked for the weekly summary (or not).</summary>
    private async Task<(string Client, string Coach)> CaseloadAsync(bool summary)
    {
        var client = await UserAsync("dana@example.com");
        var coach = await UserAsync("kim@example.com");
        await AsAsync(client, s => s.GetRequiredService<CoachingService>().InviteByEmailAsync("kim@example.com", Web.Domain.CoachScope.ProgressOnly, CancellationToken.None));
        await AsAsync(coach, s => s.GetRequiredService<CoachingService>().SetWeeklySummaryAsync(summary, CancellationToken.None));
        return (client, coach);
    }

    private CoachSummaryRunner AnotherInstance() => ActivatorUtilities.CreateInstance<CoachSummaryRunner>(app.Services);

    [Fact]
    public async Task A_coach_who_asked_gets_one_summary_a_week_even_from_two_instances_and_the_client_sees_the_read()
    {
        await using var smtp = new FakeSmtpServer(port);
        var (client, _) = await CaseloadAsync(summary: true);

        var sent = await Task.WhenAll(AnotherInstance().RunOnceAsync(CancellationToken.None), AnotherInstance().RunOnceAsync(CancellationToken.None));
        Assert.Equal(1, sent.Sum());
        Assert.Equal(0, await AnotherInstance().RunOnceAsync(CancellationToken.None));

        var message = Assert.Single(smtp.Received);
        Assert.Equal("kim@example.com", message.To.Mailboxes.Single().Address);
        Assert.Equal("Your caseload: 1 of 1 client stalled", message.Subject);
        Assert.Contains("dana@example.com (stalled)", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://jobs.example.com/coaching", message.TextBody, StringComparison.Ordinal);

        IReadOnlyList<CoachAccessRow> history = [];
        await AsAsync(client, async s => history = await s.GetRequiredService<CoachingService>().AccessHistoryAsync(10, CancellationToken.None));
        Assert.Equal("Weekly summary", Assert.Single(history).What);

        clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(1, await AnotherInstance().RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_coach_who_did_not_ask_gets_nothing_and_turning_it_off_stops_it()
    {
        await using var smtp = new FakeSmtpServer(port);
        var (_, coach) = await CaseloadAsync(summary: false);

        Assert.Equal(0, await AnotherInstance().RunOnceAsync(CancellationToken.None));

        await AsAsync(coach, s => s.GetRequiredService<CoachingService>().SetWeeklySummaryAsync(true, CancellationToken.None));
        await AsAsync(coach, s => s.GetRequiredService<CoachingService>().SetWeeklySummaryAsync(false, CancellationToken.None));
        Assert.Equal(0, await AnotherInstance().RunOnceAsync(CancellationToken.None));
        Assert.Empty(smtp.Received);
        await using var scope = app.Services.CreateAsyncScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        await using (db)
        {
            Assert.False(await db.JobSearchSettings.IgnoreQueryFilters().AnyAsync(s => s.OwnerId == coach && s.CoachSummaryEnabled));
        }
    }
}
