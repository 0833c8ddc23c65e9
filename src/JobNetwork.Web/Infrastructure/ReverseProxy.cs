using System.Net;
using ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders;

namespace JobNetwork.Web.Infrastructure;

/// <summary>
/// Trusts X-Forwarded-For/-Proto only from the proxies the self-hoster lists. Nothing listed means nothing trusted:
/// a forged header from the internet must not choose the client address the sign-in rate limiter counts.
/// </summary>
public static class ReverseProxy
{
    public const string Section = "ReverseProxy";
    private const string ProxiesKey = Section + ":KnownProxies";
    private const string NetworksKey = Section + ":KnownNetworks";

    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        // Unparsable entries never get here: StartupSettings stops the app on them first.
        var proxies = Split(configuration[ProxiesKey]).Where(p => IPAddress.TryParse(p, out _)).Select(IPAddress.Parse).ToList();
        var networks = Split(configuration[NetworksKey]).Where(n => IPNetwork.TryParse(n, out _)).Select(n => IPNetwork.Parse(n)).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The defaults trust loopback; only what is configured counts here.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            options.ForwardLimit = null;
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(proxy);
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(network);
            }
        });
        return services;
    }

    /// <summary>First in the pipeline, so the rate limiter, logs and cookies see the real client and scheme.</summary>
    public static WebApplication UseReverseProxySupport(this WebApplication app)
    {
        if (!string.IsNullOrWhiteSpace(app.Configuration[ProxiesKey]) || !string.IsNullOrWhiteSpace(app.Configuration[NetworksKey]))
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    public static string? FindProblem(IConfiguration configuration)
    {
        var badProxy = Split(configuration[ProxiesKey]).FirstOrDefault(p => !IPAddress.TryParse(p, out _));
        if (badProxy is not null)
        {
            return $"ReverseProxy__KnownProxies contains '{badProxy}', which is not an IP address. List the proxy's addresses separated by commas, e.g. 172.18.0.2,::1.";
        }

        var badNetwork = Split(configuration[NetworksKey]).FirstOrDefault(n => !IPNetwork.TryParse(n, out _));
        return badNetwork is null
            ? null
            : $"ReverseProxy__KnownNetworks contains '{badNetwork}', which is not a network. Use CIDR notation separated by commas, e.g. 172.16.0.0/12,10.0.0.0/8.";
    }

    private static string[] Split(string? value) =>
        (value ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
