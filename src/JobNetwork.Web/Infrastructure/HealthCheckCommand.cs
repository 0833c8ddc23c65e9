using System.Globalization;

namespace JobNetwork.Web.Infrastructure;

/// <summary>
/// <c>dotnet JobNetwork.Web.dll --healthcheck</c>: asks the running instance's <c>/healthz</c> and exits 0 when it is
/// healthy, 1 otherwise. The container's HEALTHCHECK uses it because the runtime image has no curl or wget.
/// </summary>
public static class HealthCheckCommand
{
    public const string Argument = "--healthcheck";

    public static async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var url = $"http://localhost:{ListeningPort()}/healthz";
        try
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            using var response = await client.GetAsync(url, cancellationToken);
            Console.WriteLine($"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Console.WriteLine($"{url}: {ex.Message}");
            return 1;
        }
    }

    /// <summary>The first port the app listens on, read from the same variables Kestrel reads.</summary>
    public static int ListeningPort()
    {
        var ports = Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS") ?? Environment.GetEnvironmentVariable("HTTP_PORTS");
        var first = ports?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var port))
        {
            return port;
        }

        var urls = Environment.GetEnvironmentVariable("ASPNETCORE_URLS")?.Split(';', StringSplitOptions.RemoveEmptyEntries);
        var url = urls?.FirstOrDefault(u => u.StartsWith("http://", StringComparison.OrdinalIgnoreCase));
        return url is not null && Uri.TryCreate(url.Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            ? uri.Port
            : 8080;
    }
}
