using System.Net;
using JobNetwork.Tests.Infrastructure;

namespace JobNetwork.Tests.Security;

/// <summary>Hostile anonymous callers: the health probe and stale or forged form posts.</summary>
public sealed class SmallHardeningTests : IClassFixture<SharedAppFixture>
{
    private readonly JobNetworkAppFactory app;

    public SmallHardeningTests(SharedAppFixture fixture) => app = fixture.App;

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task The_health_probe_answers_only_get_and_head(string method)
    {
        using var client = app.CreateBrowser();

        using var refused = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/healthz"));
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/healthz"));

        // Not the probe: no health check runs (the route is GET/HEAD only; what answers instead refuses the post).
        Assert.Contains(refused.StatusCode, new[] { HttpStatusCode.MethodNotAllowed, HttpStatusCode.BadRequest });
        Assert.DoesNotContain("Healthy", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    [Theory]
    [InlineData("/Account/Logout", "bad-token")]
    [InlineData("/Account/Logout", null)]
    [InlineData("/Account/Login", "bad-token")]
    public async Task A_post_with_a_bad_antiforgery_token_gets_a_friendly_400(string path, string? token)
    {
        using var client = app.CreateBrowser();
        await client.GetAntiforgeryTokenAsync("/Account/Login");

        using var response = await client.PostFormAsync(path, "login", token, ("returnUrl", "/"), ("Input.Email", "a@example.com"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This form has expired", html, StringComparison.Ordinal);
    }
}
