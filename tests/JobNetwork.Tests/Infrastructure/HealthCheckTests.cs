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

    [Fact]
    public async Task Calling_the_health_endpoint_in_a_loop_does_not_take_the_write_lock_each_time()
    {
        await using var app = new JobNetworkAppFactory();
        using var client = app.CreateBrowser();
        using (var first = await client.GetAsync("/healthz"))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        // A long write holds SQLite's write lock: a health check that took the lock on every call would wait for it
        // (busy timeout) and then fail with "database is locked": 503.
        await using var writer = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={app.DatabaseFile};Pooling=False");
        await writer.OpenAsync();
        await using (var begin = writer.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE;";
            await begin.ExecuteNonQueryAsync();
        }

        for (var call = 0; call < 20; call++)
        {
            using var response = await client.GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await using var rollback = writer.CreateCommand();
        rollback.CommandText = "ROLLBACK;";
        await rollback.ExecuteNonQueryAsync();
    }
}
