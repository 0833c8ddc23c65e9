using System.Collections.Concurrent;
using JobNetwork.Tests.Features.Digest;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Calendar;
using JobNetwork.Web.Features.Digest;
using JobNetwork.Web.Features.Settings;
using JobNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobNetwork.Tests.Security;

/// <summary>
/// Nothing secret in the log at the levels the app ships with (appsettings.json): not the webhook URL's path (ntfy,
/// Slack and Discord keep their secret there), not the calendar feed's token, not a password. The HTTP client used to
/// log every webhook URL in full at Information.
/// </summary>
public sealed class SecretsInLogsTests : IAsyncLifetime
{
    private const string Password = "Sup3r-Secret-Passw0rd!";
    private const string WebhookSecret = "tk_webhook_secret_9f8e7d";

    private readonly CapturingLoggerProvider log = new();
    private JobNetworkAppFactory factory = null!;
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app = null!;

    public Task InitializeAsync()
    {
        // The shipped levels, not the test factory's quiet ones.
        factory = new JobNetworkAppFactory(
            ("Logging:LogLevel:Default", "Information"), ("Logging:LogLevel:Microsoft.AspNetCore", "Warning"),
            ("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Information"),
            ("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Warning"),
            (OutboundAddressPolicy.AllowedPrivateHostsKey, "127.0.0.1"));
        app = factory.WithWebHostBuilder(b => b.ConfigureLogging(logging => logging.AddProvider(log)));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await factory.DisposeAsync();
    }

    [Fact]
    public async Task Sign_in_feed_access_and_webhook_sends_log_no_secret()
    {
        using var browser = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await browser.RegisterAsync("owner@example.com", Password)).Dispose();
        using var signedOut = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await signedOut.SignInAsync("owner@example.com", Password + "x")).Dispose();
        (await signedOut.SignInAsync("owner@example.com", Password)).Dispose();

        string token;
        var port = FakeSmtpServer.FreePort();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ApplicationUser>>()
                .FindByEmailAsync("owner@example.com");
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(user!.Id);
            Assert.Equal(SaveOutcome.Saved, await scope.ServiceProvider.GetRequiredService<SettingsService>().SaveAsync(
                new SettingsForm { TimeZoneId = "UTC", EmailDigestHour = 0, WebhookUrl = $"http://127.0.0.1:{port}/{WebhookSecret}" }, CancellationToken.None));
            token = await scope.ServiceProvider.GetRequiredService<CalendarFeedService>().RotateTokenAsync(CancellationToken.None);
        }

        (await signedOut.GetAsync(CalendarFeedEndpoint.PathFor(token))).Dispose();
        (await signedOut.GetAsync(CalendarFeedEndpoint.PathFor(token[..^1] + "0"))).Dispose();
        // Nothing listens on the port: the call fails, which is when most gets logged.
        await app.Services.GetRequiredService<DigestRunner>().RunOnceAsync(CancellationToken.None);

        var text = string.Join("\n", log.Lines);
        Assert.Contains("webhook", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(WebhookSecret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(token, text, StringComparison.Ordinal);
        Assert.DoesNotContain(token[..16], text, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
    }

    /// <summary>Every log line, with its exception, whatever the category.</summary>
    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
