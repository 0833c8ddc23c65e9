using System.Net;
using System.Net.Sockets;

namespace JobNetwork.Web.Infrastructure;

/// <summary>
/// Which addresses the server may send a user-chosen request to (webhooks, push endpoints): public ones only, unless
/// the operator names a private host or network in <c>Webhooks__AllowedPrivateHosts</c> (comma-separated host names
/// or CIDR networks, e.g. <c>ntfy.lan,192.168.1.0/24</c>) for an ntfy or Gotify server on their own network.
/// </summary>
public sealed class OutboundAddressPolicy
{
    public const string AllowedPrivateHostsKey = "Webhooks:AllowedPrivateHosts";

    // Loopback, private, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, benchmarking, multicast,
    // reserved and "this network": nothing a webhook on the internet lives at.
    private static readonly IPNetwork[] RefusedNetworks =
    [
        IPNetwork.Parse("0.0.0.0/8"), IPNetwork.Parse("10.0.0.0/8"), IPNetwork.Parse("100.64.0.0/10"),
        IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("169.254.0.0/16"), IPNetwork.Parse("172.16.0.0/12"),
        IPNetwork.Parse("192.0.0.0/24"), IPNetwork.Parse("192.0.2.0/24"), IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("198.18.0.0/15"), IPNetwork.Parse("198.51.100.0/24"), IPNetwork.Parse("203.0.113.0/24"),
        IPNetwork.Parse("224.0.0.0/4"), IPNetwork.Parse("240.0.0.0/4"),
        IPNetwork.Parse("::/127"), IPNetwork.Parse("fc00::/7"), IPNetwork.Parse("fe80::/10"), IPNetwork.Parse("fec0::/10"),
        IPNetwork.Parse("ff00::/8"), IPNetwork.Parse("2001:db8::/32"),
        // 6to4 and Teredo tunnel to arbitrary IPv4 addresses, private ones included.
        IPNetwork.Parse("2002::/16"), IPNetwork.Parse("2001::/32"),
    ];

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");

    private readonly HashSet<string> allowedNames;
    private readonly IReadOnlyList<IPNetwork> allowedNetworks;

    public OutboundAddressPolicy(IEnumerable<string> allowedPrivateHosts)
    {
        allowedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var networks = new List<IPNetwork>();
        foreach (var entry in allowedPrivateHosts.Select(e => e.Trim()).Where(e => e.Length > 0))
        {
            if (IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                networks.Add(new IPNetwork(address, address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128));
            }
            else
            {
                allowedNames.Add(entry.TrimEnd('.'));
            }
        }

        allowedNetworks = networks;
    }

    public static OutboundAddressPolicy FromConfiguration(IConfiguration configuration)
    {
        // Either one comma-separated value (the usual environment variable) or a list (appsettings.json array).
        var section = configuration.GetSection(AllowedPrivateHostsKey);
        var values = section.Value is { } single ? [single] : section.GetChildren().Select(c => c.Value ?? "");
        return new OutboundAddressPolicy(values.SelectMany(v => v.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries)));
    }

    /// <summary>Whether a connection to <paramref name="address"/>, reached through the name <paramref name="host"/>, may be made.</summary>
    public bool Allows(string host, IPAddress address)
    {
        var normalized = Normalize(address);
        return IsPublic(normalized)
            || allowedNames.Contains(host.TrimEnd('.'))
            || allowedNetworks.Any(n => n.Contains(normalized) || n.Contains(address));
    }

    public static bool IsPublic(IPAddress address)
    {
        var normalized = Normalize(address);
        if (IPAddress.IsLoopback(normalized) || normalized.Equals(IPAddress.Any) || normalized.Equals(IPAddress.IPv6Any)
            || normalized.Equals(IPAddress.Broadcast))
        {
            return false;
        }

        return !RefusedNetworks.Any(n => n.BaseAddress.AddressFamily == normalized.AddressFamily && n.Contains(normalized));
    }

    /// <summary>IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) addresses are judged by the IPv4 address inside.</summary>
    private static IPAddress Normalize(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6 && Nat64.Contains(address))
        {
            return new IPAddress(address.GetAddressBytes()[12..]);
        }

        return address;
    }
}
