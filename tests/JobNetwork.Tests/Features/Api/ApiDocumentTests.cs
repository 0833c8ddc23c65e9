using System.Net;
using System.Text.Json;
using JobNetwork.Tests.Security;

namespace JobNetwork.Tests.Features.Api;

/// <summary>The OpenAPI document is generated from the routes themselves, so every route and its schemas are in it.</summary>
public sealed class ApiDocumentTests
{
    [Fact]
    public async Task The_openapi_document_lists_every_api_route_with_its_methods_and_schemas()
    {
        await using var app = await TwoAccountApp.StartAsync();

        using var response = await app.Client(null).GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");

        foreach (var (method, pattern) in ApiRouteSweepTests.ApiRoutes(app))
        {
            var path = pattern.Replace("{id:int}", "{id}", StringComparison.Ordinal).TrimEnd('/');
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is missing from the OpenAPI document.");
            Assert.True(item.TryGetProperty(method.ToLowerInvariant(), out _), $"{method} {path} is missing from the OpenAPI document.");
        }

        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        foreach (var schema in new[] { "ContactForm", "ContactDetails", "ApiPageOfContactRow", "JobLeadMove", "TodayList", "DashboardSummary",
            "AskDetails", "JobLeadEditForm", "ReferralStatusRequest", "TrashReceipt" })
        {
            Assert.True(schemas.TryGetProperty(schema, out _), $"Schema {schema} is missing; have {string.Join(", ", schemas.EnumerateObject().Select(p => p.Name))}.");
        }
    }

    [Fact]
    public async Task The_api_reference_page_is_for_signed_in_users()
    {
        await using var app = await TwoAccountApp.StartAsync();

        using var anonymous = await app.Client(null).GetAsync("/scalar");
        using var entry = await app.A.Browser.GetAsync("/scalar");
        // Scalar's entry address redirects to its page for the document.
        using var signedIn = (int)entry.StatusCode is >= 300 and < 400 ? await app.A.Browser.GetAsync(entry.Headers.Location) : entry;

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/Account/Login", anonymous.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Contains("JobNetwork API", await signedIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
