using System.Net;
using System.Text;
using JobNetwork.Tests.Security;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Api;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace JobNetwork.Tests.Features.Api;

/// <summary>Every /api route, found from the app's endpoint table: no token is 401, a read-only token writing is 403.</summary>
public sealed class ApiRouteSweepTests
{
    /// <summary>Enough fields for every write route's form to pass validation, so a refusal is about the token.</summary>
    public static readonly object AnyBody = new
    {
        name = "Sweep", question = "Who do you know?", askedOn = DateTime.UtcNow.Date.AddDays(-1), newContactName = "Sweep",
        outcome = 1, status = 1, title = "Sweep", companyName = "Sweep Co", version = Guid.NewGuid(),
    };

    public static IReadOnlyList<(string Method, string Pattern)> ApiRoutes(TwoAccountApp app) =>
        app.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => ("/" + e.RoutePattern.RawText!.TrimStart('/')).StartsWith(ApiRegistration.Prefix + "/", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods
                .Select(m => (m, "/" + e.RoutePattern.RawText!.TrimStart('/'))))
            .ToList();

    public static string Url(string pattern, int id) => pattern.Replace("{id:int}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    public static HttpRequestMessage Request(string method, string url) => new(new HttpMethod(method), url)
    {
        Content = method is "GET" or "DELETE" ? null : new StringContent(System.Text.Json.JsonSerializer.Serialize(AnyBody), Encoding.UTF8, "application/json"),
    };

    [Fact]
    public async Task Every_api_route_refuses_a_request_without_a_token_and_a_cookie_does_not_count()
    {
        await using var app = await TwoAccountApp.StartAsync();
        var seed = await app.A.SeedAsync("Alice");
        var routes = ApiRoutes(app);
        Assert.True(routes.Count >= 25, $"Only {routes.Count} API routes found.");

        foreach (var (method, pattern) in routes)
        {
            foreach (var client in new[] { app.Client(null), app.A.Browser })
            {
                using var response = await client.SendAsync(Request(method, Url(pattern, seed.ContactId)));
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {pattern} gave {(int)response.StatusCode} without a token.");
            }
        }

        Assert.NotNull(await app.A.RunAsync(s => s.GetRequiredService<JobNetwork.Web.Features.Contacts.ContactService>().GetAsync(seed.ContactId, CancellationToken.None)));
    }

    [Fact]
    public async Task A_read_only_token_gets_403_on_every_route_that_changes_data()
    {
        await using var app = await TwoAccountApp.StartAsync();
        var seed = await app.A.SeedAsync("Alice");
        var client = await app.A.ApiAsync(ApiTokenScope.Read);

        var writes = ApiRoutes(app).Where(r => r.Method != "GET").ToList();
        Assert.NotEmpty(writes);
        foreach (var (method, pattern) in writes)
        {
            using var response = await client.SendAsync(Request(method, Url(pattern, seed.ContactId)));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {pattern} gave {(int)response.StatusCode} to a read-only token.");
        }

        Assert.All(ApiRoutes(app).Where(r => r.Method == "GET"), r => Assert.DoesNotContain("/done", r.Pattern, StringComparison.Ordinal));
    }
}
