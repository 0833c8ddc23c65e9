using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Digest;
using JobNetwork.Web.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobNetwork.Tests.Security;

/// <summary>
/// Hostile tenant: a webhook URL aimed at the server's own network (loopback, private, link-local, cloud metadata,
/// unique-local, a DNS name for loopback, a redirect to loopback) is refused before any connection; listeners on
/// loopback count the connections that would prove otherwise.
/// </summary>
public sealed class OutboundRequestGuardTests : IAsyncDisposable
{
    private static readonly DailySuggestion[] Suggestions = [new() { ContactName = "Ann", WhatToAsk = "Who do you know at Acme?", Reason = "test" }];

    private readonly CountingListener ipv4 = new(IPAddress.Loopback, "HTTP/1.1 200 OK");
    private readonly CountingListener ipv6 = new(IPAddress.IPv6Loopback, "HTTP/1.1 200 OK");

    [Theory]
    [InlineData("http://127.0.0.1:{v4}/hook")]
    [InlineData("http://[::1]:{v6}/hook")]
    [InlineData("http://localhost:{v4}/hook")]
    [InlineData("http://[::ffff:127.0.0.1]:{v4}/hook")]
    [InlineData("http://127.1.2.3:{v4}/hook")]
    public async Task A_webhook_aimed_at_loopback_is_refused_and_never_connects(string template)
    {
        var url = template.Replace("{v4}", ipv4.Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{v6}", ipv6.Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var reason = await SendAsync(url);

        Assert.Equal(OutboundFailure.RefusedPrivateAddress, reason);
        Assert.Equal(0, ipv4.Connections);
        Assert.Equal(0, ipv6.Connections);
    }

    [Theory]
    [InlineData("http://10.0.0.1/hook")]
    [InlineData("http://10.255.255.254:8080/hook")]
    [InlineData("http://172.16.0.1/hook")]
    [InlineData("http://172.31.255.1/hook")]
    [InlineData("http://192.168.1.1/hook")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://100.64.0.1/hook")]
    [InlineData("http://0.0.0.0/hook")]
    [InlineData("http://[fd00::1]/hook")]
    [InlineData("http://[fe80::1]/hook")]
    [InlineData("http://[::ffff:10.0.0.1]/hook")]
    [InlineData("http://[::ffff:169.254.169.254]/hook")]
    public async Task A_webhook_aimed_at_a_private_or_metadata_address_is_refused_before_connecting(string url)
    {
        // Refused by the address check itself, so at once: a connection attempt to an unrouted address would time out instead.
        var started = System.Diagnostics.Stopwatch.StartNew();

        Assert.Equal(OutboundFailure.RefusedPrivateAddress, await SendAsync(url));
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(3), $"Took {started.Elapsed}: a connection was attempted.");
    }

    [Fact]
    public async Task A_redirect_to_loopback_is_not_followed()
    {
        // The redirecting receiver is itself on a loopback address (127.0.0.2), allowed for this test only.
        await using var redirector = new CountingListener(IPAddress.Parse("127.0.0.2"),
            $"HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:{ipv4.Port}/internal");

        var reason = await SendAsync($"http://127.0.0.2:{redirector.Port}/hook", allowed: "127.0.0.2");

        Assert.Equal("HTTP 302: redirects are not followed", reason);
        Assert.Equal(1, redirector.Connections);
        Assert.Equal(0, ipv4.Connections);
    }

    [Fact]
    public async Task A_private_host_the_operator_allows_is_called_and_its_failure_is_a_plain_status()
    {
        await using var failing = new CountingListener(IPAddress.Loopback, "HTTP/1.1 500 Internal Server Error");

        Assert.Null(await SendAsync($"http://127.0.0.1:{ipv4.Port}/hook", allowed: "127.0.0.0/8"));
        Assert.Equal("HTTP 500", await SendAsync($"http://127.0.0.1:{failing.Port}/hook", allowed: "localhost, 127.0.0.1"));
        Assert.Equal(1, ipv4.Connections);
    }

    [Fact]
    public async Task A_closed_port_says_could_not_connect_never_the_exception_text()
    {
        var closedPort = CountingListener.FreePort();

        var reason = await SendAsync($"http://127.0.0.1:{closedPort}/hook", allowed: "127.0.0.1");

        Assert.Equal(OutboundFailure.CouldNotConnect, reason);
    }

    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("2606:4700:4700::1111", true)]
    [InlineData("172.15.255.255", true)]
    [InlineData("172.32.0.1", true)]
    [InlineData("64:ff9b::0a00:0001", false)]
    [InlineData("::", false)]
    [InlineData("fc12::1", false)]
    [InlineData("224.0.0.1", false)]
    public void Public_means_public(string address, bool isPublic) =>
        Assert.Equal(isPublic, OutboundAddressPolicy.IsPublic(IPAddress.Parse(address)));

    private static async Task<string?> SendAsync(string url, string? allowed = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [OutboundAddressPolicy.AllowedPrivateHostsKey] = allowed })
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddGuardedHttpClient(nameof(WebhookSender)).AddTypedClient<WebhookSender>();
        await using var provider = services.BuildServiceProvider();
        return await provider.GetRequiredService<WebhookSender>().SendAsync(url, new DateOnly(2026, 11, 29), Suggestions, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await ipv4.DisposeAsync();
        await ipv6.DisposeAsync();
    }

    /// <summary>A TCP listener that counts every connection and answers each with a fixed HTTP response.</summary>
    private sealed class CountingListener : IAsyncDisposable
    {
        private readonly TcpListener listener;
        private readonly CancellationTokenSource stop = new();
        private readonly Task loop;
        private int connections;

        public CountingListener(IPAddress address, string statusAndHeaders)
        {
            listener = new TcpListener(address, 0);
            listener.Start();
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
            loop = Task.Run(() => AcceptAsync(statusAndHeaders));
        }

        public int Port { get; }

        public int Connections => Volatile.Read(ref connections);

        public static int FreePort()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }

        private async Task AcceptAsync(string statusAndHeaders)
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var client = await listener.AcceptTcpClientAsync(stop.Token);
                    Interlocked.Increment(ref connections);
                    var stream = client.GetStream();
                    var buffer = new byte[16_384];
                    // Reads the request's head and whatever body arrived with it, then answers.
                    await stream.ReadAtLeastAsync(buffer, 1, throwOnEndOfStream: false, stop.Token);
                    var response = Encoding.ASCII.GetBytes(statusAndHeaders + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    await stream.WriteAsync(response, stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                catch (IOException)
                {
                    // A client that went away; keep listening.
                }
                catch (SocketException)
                {
                    // Likewise.
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            listener.Stop();
            await loop;
            stop.Dispose();
        }
    }
}
