using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace JobNetwork.Tests.Infrastructure;

/// <summary>The sign-in limiter counts per client: behind a trusted proxy that is the forwarded address, otherwise the connection's.</summary>
public sealed class ReverseProxyTests
{
    private const string Proxy = "10.0.0.2";

    [Fact]
    public async Task Behind_a_configured_proxy_each_forwarded_client_has_its_own_sign_in_limit()
    {
        await using var app = new JobNetworkAppFactory(("RateLimiting:SignInPermitsPerMinute", "2"), ("ReverseProxy:KnownProxies", Proxy));
        using var client = ConnectedFrom(app, Proxy).CreateClient();

        var first = await PostSignInsAsync(client, "203.0.113.5", 3);
        var second = await PostSignInsAsync(client, "203.0.113.6", 1);

        Assert.Equal(HttpStatusCode.TooManyRequests, first[^1]);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, first[..^1]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, second[0]);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_unlisted_address_are_ignored()
    {
        await using var app = new JobNetworkAppFactory(("RateLimiting:SignInPermitsPerMinute", "2"), ("ReverseProxy:KnownProxies", Proxy));
        using var client = ConnectedFrom(app, "198.51.100.7").CreateClient();

        // Each request claims another client, but the header is not trusted: all three count against the connection.
        var results = new List<HttpStatusCode>();
        foreach (var forged in new[] { "203.0.113.1", "203.0.113.2", "203.0.113.3" })
        {
            results.AddRange(await PostSignInsAsync(client, forged, 1));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, results[^1]);
    }

    [Fact]
    public async Task Behind_a_configured_tls_proxy_the_cookies_are_marked_secure()
    {
        await using var app = new JobNetworkAppFactory(("ReverseProxy:KnownProxies", Proxy));
        using var client = ConnectedFrom(app, Proxy).CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Register");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await client.SendAsync(request);

        var antiforgery = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery.Split(';').Select(p => p.Trim().ToLowerInvariant()));
    }

    /// <summary>The in-memory test server has no TCP connection; this sets the address the request "comes from".</summary>
    private static Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> ConnectedFrom(JobNetworkAppFactory app, string address) =>
        app.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddSingleton<IStartupFilter>(new RemoteAddressFilter(IPAddress.Parse(address)))));

    private static async Task<List<HttpStatusCode>> PostSignInsAsync(HttpClient client, string forwardedFor, int count)
    {
        var results = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
            {
                Content = new FormUrlEncodedContent([new("_handler", "login"), new("Input.Email", "x@example.com"), new("Input.Password", "wrong")]),
            };
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            using var response = await client.SendAsync(request);
            results.Add(response.StatusCode);
        }

        return results;
    }

    private sealed class RemoteAddressFilter(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
