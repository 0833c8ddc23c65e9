using System.Net;

namespace JobNetwork.Tests.Infrastructure;

public sealed class HealthCheckTests
{
    [Fact]
    public async Task The_health_endpoint_reports_healthy_without_signing_in()
    {
        await using var app = new JobNetworkAppFactory();
        using var client = app.CreateBrowser();

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_health_endpoint_reports_unavailable_when_the_database_is_broken()
    {
        await using var app = new JobNetworkAppFactory();
        using var client = app.CreateBrowser();
        using (var before = await client.GetAsync("/healthz"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await app.ExecuteSqlAsync("""DROP TABLE "InstanceSettings";""");
        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }
}
