using System.Globalization;
using JobNetwork.Tests.Features.Digest;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Admin;
using JobNetwork.Web.Features.Digest;
using JobNetwork.Web.Features.Settings;
using JobNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JobNetwork.Tests.Security;

/// <summary>
/// Hostile tenant: the daily email must not become a way to mail a stranger every day (an unconfirmed address), and a
/// disabled account's email stops at once. The confirmation mail itself goes through the configured mail server.
/// </summary>
public sealed class StoppedAccountMailTests : IAsyncLifetime
{
    private readonly int port = FakeSmtpServer.FreePort();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 27, 9, 30, 0, TimeSpan.Zero));
    private JobNetworkAppFactory factory = null!;
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app = null!;

    public Task InitializeAsync()
    {
        factory = new JobNetworkAppFactory(("Smtp:Host", "localhost"), ("Smtp:Port", port.ToString(CultureInfo.InvariantCulture)),
            ("Smtp:Security", "None"), ("Smtp:From", "JobNetwork <digest@example.com>"));
        app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await factory.DisposeAsync();
    }

    [Fact]
    public async Task Only_a_confirmed_address_of_an_enabled_account_gets_the_daily_email()
    {
        await using var smtp = new FakeSmtpServer(port);
        var stranger = await OptedInUserAsync("stranger@example.com", confirmed: false);
        var disabled = await OptedInUserAsync("disabled@example.com", confirmed: true);
        await OptedInUserAsync("owner@example.com", confirmed: true);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.Equal(AccountChange.Done, await scope.ServiceProvider.GetRequiredService<AdminService>()
                .SetDisabledAsync(disabled.Id, true, "someone-else", CancellationToken.None));
        }

        Assert.Equal(1, await app.Services.GetRequiredService<DigestRunner>().RunOnceAsync(CancellationToken.None));
        Assert.Equal("owner@example.com", Assert.Single(smtp.Received).To.Mailboxes.Single().Address);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IEmailSender<ApplicationUser>>()
                .SendConfirmationLinkAsync(stranger, stranger.Email!, "https://jobs.example.com/Account/ConfirmEmail?code=abc");
        }

        var confirmation = smtp.Received.Last();
        Assert.Equal("stranger@example.com", confirmation.To.Mailboxes.Single().Address);
        Assert.Contains("ConfirmEmail?code=abc", confirmation.HtmlBody, StringComparison.Ordinal);
    }

    private async Task<ApplicationUser> OptedInUserAsync(string email, bool confirmed)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = confirmed };
        Assert.True((await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().CreateAsync(user, "Str0ng!Passw0rd")).Succeeded);
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(user.Id);
        Assert.Equal(SaveOutcome.Saved, await scope.ServiceProvider.GetRequiredService<SettingsService>().SaveAsync(
            new SettingsForm { TimeZoneId = "UTC", EmailDigestEnabled = true, EmailDigestHour = 8 }, CancellationToken.None));
        return user;
    }
}
