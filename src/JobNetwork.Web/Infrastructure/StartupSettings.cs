using System.Globalization;
using System.Net;
using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Infrastructure;

/// <summary>
/// Checks the settings a self-hoster is most likely to get wrong before anything uses them, so a bad value stops the
/// app with one sentence naming the setting and the fix instead of a stack trace (or, worse, a half-working instance).
/// </summary>
public static class StartupSettings
{
    /// <returns>The first problem found, worded for the person who set it; null when the instance can start.</returns>
    public static string? FindProblem(IConfiguration configuration, DataDirectory dataDirectory) =>
        CheckPorts(configuration)
        ?? CheckUrls(configuration)
        ?? CheckAbsoluteUrl(configuration, "BaseUrl")
        ?? CheckRegistrationMode(configuration)
        ?? CheckTimeZone(configuration)
        ?? CheckWholeNumber(configuration, "Smtp:Port", 1, 65535)
        ?? CheckWholeNumber(configuration, "RateLimiting:SignInPermitsPerMinute", 1, 100_000)
        ?? CheckWholeNumber(configuration, "Backups:IntervalHours", 0, 24 * 365)
        ?? CheckWholeNumber(configuration, "Backups:Keep", 1, 10_000)
        ?? CheckWholeNumber(configuration, "Database:MigrationLockTimeoutSeconds", 0, 3600)
        ?? CheckWholeNumber(configuration, CircuitSettings.RetentionSecondsKey, 0, 24 * 3600)
        ?? CheckWholeNumber(configuration, CircuitSettings.MaxRetainedKey, 0, 100_000)
        ?? ReverseProxy.FindProblem(configuration)
        ?? DatabaseOptions.FindProblem(configuration)
        ?? CheckDataDirectory(dataDirectory);

    /// <summary>The environment-variable spelling of a configuration key, which is what people set in docker-compose.yml.</summary>
    public static string EnvironmentName(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    private static string? CheckPorts(IConfiguration configuration)
    {
        foreach (var key in new[] { "HTTP_PORTS", "HTTPS_PORTS" })
        {
            var value = configuration[key];
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            foreach (var port in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > 65535)
                {
                    return $"ASPNETCORE_{key} is '{value}': '{port}' is not a port number. Set it to a number from 1 to 65535 (0 picks a free one), e.g. ASPNETCORE_{key}=8080.";
                }
            }
        }

        return null;
    }

    private static string? CheckUrls(IConfiguration configuration)
    {
        var value = configuration["URLS"];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        foreach (var url in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Kestrel's wildcard hosts (* and +) are not valid URI hosts; the rest of the address must be.
            var parsable = url.Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal);
            if (!Uri.TryCreate(parsable, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                return $"ASPNETCORE_URLS is '{value}': '{url}' is not an address to listen on. Use e.g. http://+:8080 (or set ASPNETCORE_HTTP_PORTS=8080 instead).";
            }
        }

        return null;
    }

    private static string? CheckAbsoluteUrl(IConfiguration configuration, string key)
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value)
            || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            return null;
        }

        return $"{EnvironmentName(key)} is '{value}', which is not a web address. Set it to the address people type to reach this instance, e.g. https://jobs.example.com.";
    }

    private static string? CheckRegistrationMode(IConfiguration configuration)
    {
        var value = configuration["Registration:Mode"];
        if (string.IsNullOrWhiteSpace(value)
            || (Enum.TryParse<RegistrationMode>(value, ignoreCase: true, out var mode) && Enum.IsDefined(mode) && !char.IsDigit(value.Trim()[0])))
        {
            return null;
        }

        return $"Registration__Mode is '{value}'. Set it to Closed, Open or InviteOnly.";
    }

    private static string? CheckTimeZone(IConfiguration configuration)
    {
        var value = configuration["DefaultTimeZone"];
        if (string.IsNullOrWhiteSpace(value) || TimeZoneInfo.TryFindSystemTimeZoneById(value, out _))
        {
            return null;
        }

        return $"DefaultTimeZone is '{value}', which is not a known time zone. Use an IANA name such as Europe/Berlin, America/New_York or UTC.";
    }

    private static string? CheckWholeNumber(IConfiguration configuration, string key, int min, int max)
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value)
            || (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max))
        {
            return null;
        }

        return $"{EnvironmentName(key)} is '{value}'. Set it to a whole number from {min} to {max}.";
    }

    private static string? CheckDataDirectory(DataDirectory dataDirectory)
    {
        try
        {
            dataDirectory.EnsureExists();
            foreach (var folder in new[] { dataDirectory.Path, dataDirectory.KeysFolder })
            {
                // Creating a folder that already exists proves nothing: only a write shows the process may write there.
                var probe = Path.Combine(folder, $".write-test-{Environment.ProcessId}");
                File.WriteAllText(probe, "ok");
                File.Delete(probe);
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var user = OperatingSystem.IsWindows() ? Environment.UserName : $"{Environment.UserName} (uid {GetUid()})";
            return $"The data folder {dataDirectory.Path} is not writable by {user}: {ex.Message} "
                + "Give that user the folder (in Docker: chown -R 1654:1654 on the volume or bind mount) or point JOBNETWORK_DATA at a writable folder.";
        }
    }

    private static string GetUid()
    {
        try
        {
            return File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal))?
                .Split('\t', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1) ?? "?";
        }
        catch (IOException)
        {
            return "?";
        }
    }

    /// <summary>Logs the problem as one critical line; returns false when the app must not start.</summary>
    public static bool SettingsAreValid(this WebApplication app)
    {
        var problem = FindProblem(app.Configuration, app.Services.GetRequiredService<DataDirectory>());
        if (problem is null)
        {
            return true;
        }

        app.Logger.LogCritical("JobNetwork cannot start: {Problem}", problem);
        return false;
    }

    /// <summary>A mail server whose name does not resolve turns email off with a warning; the rest of the app still runs.</summary>
    public static async Task CheckMailServerAsync(this WebApplication app, CancellationToken cancellationToken)
    {
        var smtp = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Features.Digest.SmtpOptions>>().Value;
        if (!smtp.IsConfigured)
        {
            return;
        }

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            var addresses = await Dns.GetHostAddressesAsync(smtp.Host!, timeout.Token);
            if (addresses.Length > 0)
            {
                return;
            }
        }
        catch (Exception ex) when (ex is System.Net.Sockets.SocketException or OperationCanceledException or ArgumentException)
        {
            // Reported below: the outcome is the same whichever way the lookup failed.
        }

        app.Logger.LogWarning(
            "Email is off: the mail server Smtp__Host '{Host}' does not resolve. Fix Smtp__Host (or remove it) and restart to send the daily email.",
            smtp.Host);
        // The options instance is the app-wide singleton the digest reads, so clearing its host turns email off everywhere.
        smtp.Host = null;
    }
}
