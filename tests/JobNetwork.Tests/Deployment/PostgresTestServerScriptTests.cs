using System.Net;
using System.Net.Sockets;
using JobNetwork.Tests.Data;
using JobNetwork.Tests.Infrastructure;

namespace JobNetwork.Tests.Deployment;

/// <summary>
/// scripts/postgres-test-server.sh from a checkout nobody else may enter (mode 700, like root's home folder): as root,
/// initdb and postgres run as the "postgres" user, so the cluster must live outside the checkout.
/// </summary>
[Trait(Slow.Trait, Slow.Value)]
public sealed class PostgresTestServerScriptTests
{
    [Fact]
    public async Task The_test_server_starts_from_a_private_folder_reuses_itself_and_stops_what_it_started()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // The script and its Unix permissions are Linux-only, like the rest of test.sh.
        }

        var checkout = Directory.CreateTempSubdirectory("jobnetwork-private-");
        var port = FreePort();
        var environment = new Dictionary<string, string?> { ["JOBNETWORK_TEST_POSTGRES_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        try
        {
            File.SetUnixFileMode(checkout.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var scripts = Directory.CreateDirectory(Path.Combine(checkout.FullName, "scripts"));
            var script = Path.Combine(scripts.FullName, "postgres-test-server.sh");
            File.Copy(Path.Combine(ProcessRunner.RepositoryRoot, "scripts", "postgres-test-server.sh"), script);

            var started = await ProcessRunner.RunAsync("bash", [script, "start"], TimeSpan.FromMinutes(3), checkout.FullName, environment);
            Assert.True(started.ExitCode == 0, $"start exited with {started.ExitCode}:\n{started.Output}");
            var cluster = File.ReadAllText(Path.Combine(checkout.FullName, "test-output", $"postgres-{port}.cluster")).Trim();
            Assert.False(cluster.StartsWith(checkout.FullName, StringComparison.Ordinal), "The cluster must not live inside the checkout.");
            Assert.Equal(1, await TestPostgres.ExecuteScalarAsync($"Host=127.0.0.1;Port={port};Username=jobnetwork;Database=postgres", "SELECT 1"));

            var again = await ProcessRunner.RunAsync("bash", [script, "start"], TimeSpan.FromMinutes(1), checkout.FullName, environment);
            Assert.True(again.ExitCode == 0, again.Output);
            Assert.Contains("reusing it", again.Output, StringComparison.Ordinal);

            var stopped = await ProcessRunner.RunAsync("bash", [script, "stop"], TimeSpan.FromMinutes(1), checkout.FullName, environment);
            Assert.True(stopped.ExitCode == 0, stopped.Output);
            Assert.False(Directory.Exists(cluster), "stop removes the cluster's temporary folder.");
            Assert.False(CanConnect(port), "stop stops the server it started.");
        }
        finally
        {
            // Leave nothing running even when an assertion failed half-way.
            await ProcessRunner.RunAsync("bash", [Path.Combine(checkout.FullName, "scripts", "postgres-test-server.sh"), "stop"], TimeSpan.FromMinutes(1), checkout.FullName, environment);
            checkout.Delete(recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool CanConnect(int port)
    {
        using var client = new TcpClient();
        try
        {
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
