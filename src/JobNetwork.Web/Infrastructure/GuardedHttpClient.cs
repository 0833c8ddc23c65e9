using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JobNetwork.Web.Infrastructure;

/// <summary>A request refused before any connection was made, because its host is not a public address.</summary>
public sealed class OutboundRequestRefusedException(string host)
    : IOException($"The host {host} resolves only to private, loopback or link-local addresses.");

/// <summary>
/// HTTP clients for URLs a user typed (webhooks, Web Push endpoints), which must never reach the server's own network:
/// the host is resolved when the connection is made and only addresses <see cref="OutboundAddressPolicy"/> allows are
/// dialled — so a DNS name pointing at 127.0.0.1 or a name that changes its answer between check and use is refused
/// too — redirects are not followed, no proxy is used, time-outs are short, and the client logs no URLs.
/// </summary>
public static class GuardedHttpClient
{
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Registers a named client (<c>IHttpClientFactory.CreateClient(name)</c>) that cannot be aimed inward. Chain
    /// <c>.AddTypedClient&lt;T&gt;()</c> for a typed client.
    /// </summary>
    public static IHttpClientBuilder AddGuardedHttpClient(this IServiceCollection services, string name)
    {
        services.TryAddSingleton(sp => OutboundAddressPolicy.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        return services.AddHttpClient(name, client => client.Timeout = RequestTimeout)
            .ConfigurePrimaryHttpMessageHandler(sp => CreateHandler(sp.GetRequiredService<OutboundAddressPolicy>()))
            // The default logging handlers write the full URL, and webhook URLs (ntfy, Slack, Discord) carry their secret in the path.
            .RemoveAllLoggers();
    }

    public static SocketsHttpHandler CreateHandler(OutboundAddressPolicy policy) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        ConnectTimeout = ConnectTimeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectCallback = (context, cancellationToken) => ConnectAsync(policy, context.DnsEndPoint, cancellationToken),
    };

    private static async ValueTask<Stream> ConnectAsync(OutboundAddressPolicy policy, DnsEndPoint endpoint, CancellationToken cancellationToken)
    {
        var host = endpoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = addresses.Where(a => policy.Allows(host, a)).ToList();
        if (allowed.Count == 0)
        {
            throw new OutboundRequestRefusedException(host);
        }

        SocketException? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                // The checked address itself is dialled, never the name again.
                await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException exception)
            {
                socket.Dispose();
                last = exception;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last!;
    }
}

/// <summary>What a user is told about a failed outbound request: a plain reason, never an exception's text.</summary>
public static class OutboundFailure
{
    public const string RefusedPrivateAddress = "refused: private address";
    public const string TimedOut = "timed out";
    public const string CouldNotConnect = "could not connect";
    public const string HostNotFound = "host not found";
    public const string InvalidUrl = "refused: not an http(s) URL";

    /// <summary>A reason for an exception thrown while sending, or null for one that is not about the request.</summary>
    public static string? Describe(Exception exception, CancellationToken callerToken)
    {
        if (exception is OperationCanceledException && !callerToken.IsCancellationRequested)
        {
            return TimedOut;
        }

        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case OutboundRequestRefusedException:
                    return RefusedPrivateAddress;
                case SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain }:
                    return HostNotFound;
                case SocketException { SocketErrorCode: SocketError.TimedOut }:
                    return TimedOut;
                case TimeoutException:
                    return TimedOut;
            }
        }

        return exception switch
        {
            HttpRequestException { StatusCode: { } status } => Status(status),
            HttpRequestException => CouldNotConnect,
            _ => null,
        };
    }

    /// <summary>"HTTP 500"; a redirect says it was not followed.</summary>
    public static string Status(HttpStatusCode status) =>
        (int)status is >= 300 and < 400 ? $"HTTP {(int)status}: redirects are not followed" : $"HTTP {(int)status}";
}
