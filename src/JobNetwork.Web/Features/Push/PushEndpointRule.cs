using System.Net;
using JobNetwork.Web.Infrastructure;

namespace JobNetwork.Web.Features.Push;

/// <summary>
/// Which push endpoints may be stored: https only (every browser's push service is), and never an address on the
/// server's own network — the endpoint is a URL a browser hands us, so a crafted one would otherwise make the server
/// call inward each day. The send-time guard (<see cref="GuardedHttpClient"/>) checks again on every connection.
/// </summary>
public static class PushEndpointRule
{
    public const string NotHttps = "A push endpoint must be an https:// address.";
    public const string Inward = "This push endpoint points at a private or local address, which JobNetwork does not call.";

    /// <summary>The message for an endpoint that is not an absolute https URL, or null.</summary>
    public static string? Shape(string? endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0
            ? null
            : NotHttps;

    /// <summary>The message for an endpoint that may not be stored, or null when it may.</summary>
    public static async Task<string?> CheckAsync(string? endpoint, OutboundAddressPolicy policy, CancellationToken cancellationToken)
    {
        if (Shape(endpoint) is { } wrongShape)
        {
            return wrongShape;
        }

        var host = new Uri(endpoint!).IdnHost.Trim('[', ']');
        if (IPAddress.TryParse(host, out var literal))
        {
            return policy.Allows(host, literal) ? null : Inward;
        }

        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return policy.Allows(host, IPAddress.Loopback) ? null : Inward;
        }

        IPAddress[] addresses;
        try
        {
            addresses = await Dns.GetHostAddressesAsync(host, cancellationToken);
        }
        catch (System.Net.Sockets.SocketException)
        {
            // Unknown today is not proof of anything; the send-time guard refuses it if it ever resolves inward.
            return null;
        }

        return addresses.Length == 0 || addresses.Any(a => policy.Allows(host, a)) ? null : Inward;
    }
}
