using Npgsql;

namespace JobNetwork.Tests.Data;

/// <summary>
/// The PostgreSQL server the provider-neutral tests run against when <c>JOBNETWORK_TEST_PROVIDER=Postgres</c>:
/// by default the throwaway cluster <c>scripts/postgres-test-server.sh</c> starts (test.sh does), or any server named
/// by <c>JOBNETWORK_TEST_POSTGRES</c>, or the throwaway cluster on another port (<c>JOBNETWORK_TEST_POSTGRES_PORT</c>, the
/// script's own variable). Every test database is created here and dropped afterwards.
/// </summary>
public static class TestPostgres
{
    public const string DefaultServer = "Host=127.0.0.1;Port=55432;Username=jobnetwork;Database=postgres";

    /// <summary>The throwaway cluster's address, on the port scripts/postgres-test-server.sh was told to use.</summary>
    public static string ScriptServer =>
        Environment.GetEnvironmentVariable("JOBNETWORK_TEST_POSTGRES_PORT") is { Length: > 0 } port
            ? new NpgsqlConnectionStringBuilder(DefaultServer) { Port = int.Parse(port, System.Globalization.CultureInfo.InvariantCulture) }.ToString()
            : DefaultServer;

    private static readonly SemaphoreSlim TemplateGate = new(1, 1);
    private static string? template;

    public static bool IsSelected =>
        string.Equals(Environment.GetEnvironmentVariable("JOBNETWORK_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase);

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("JOBNETWORK_TEST_POSTGRES") is { Length: > 0 } configured ? configured : ScriptServer;

    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database }.ToString();

    public static string CreateDatabase()
    {
        var name = NewName();
        Execute($"CREATE DATABASE \"{name}\";");
        return name;
    }

    /// <summary>
    /// Copies a template migrated once per test run by <paramref name="migrate"/>. A copy costs ~0.2 s (seconds on a
    /// loaded machine) and copies are made one at a time, so one is kept ready: the next test takes it at once while
    /// its successor is copied in the background.
    /// </summary>
    public static async Task<string> CreateMigratedDatabaseAsync(Func<string, Task> migrate)
    {
        var source = await TemplateAsync(migrate);
        Task<string> mine;
        lock (Ready)
        {
            mine = Ready.Count > 0 ? Ready.Dequeue() : CopyAsync(source);
            Ready.Enqueue(CopyAsync(source));
            if (!dropLeftoversAtExit)
            {
                dropLeftoversAtExit = true;
                AppDomain.CurrentDomain.ProcessExit += (_, _) => DropLeftovers();
            }
        }

        return await mine;
    }

    private static readonly Queue<Task<string>> Ready = new();
    private static bool dropLeftoversAtExit;

    private static async Task<string> CopyAsync(string source)
    {
        var name = NewName();
        // CREATE DATABASE … TEMPLATE takes a lock on the template: copies cannot run at the same time.
        await TemplateGate.WaitAsync();
        try
        {
            await Task.Run(() => Execute($"CREATE DATABASE \"{name}\" TEMPLATE \"{source}\";"));
        }
        finally
        {
            TemplateGate.Release();
        }

        return name;
    }

    /// <summary>The copy kept ready when the run ends: dropped, so a long-lived server does not collect them.</summary>
    private static void DropLeftovers()
    {
        lock (Ready)
        {
            foreach (var copy in Ready.Where(c => c.IsCompletedSuccessfully))
            {
                try
                {
                    Execute($"DROP DATABASE IF EXISTS \"{copy.Result}\" WITH (FORCE);");
                }
                catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
                {
                    // Best effort at exit: a leftover database on a throwaway server harms nothing.
                }
            }

            Ready.Clear();
        }
    }

    public static void DropDatabase(string name)
    {
        // Only this database's pooled connections: clearing every pool made the tests running alongside reconnect.
        using (var pooled = new NpgsqlConnection(ConnectionStringFor(name)))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE);");
    }

    public static async Task<object?> ExecuteScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static async Task<string> TemplateAsync(Func<string, Task> migrate)
    {
        if (template is not null)
        {
            return template;
        }

        await TemplateGate.WaitAsync();
        try
        {
            if (template is null)
            {
                var name = CreateDatabase();
                await migrate(name);
                // A template must have no open connections when it is copied.
                NpgsqlConnection.ClearAllPools();
                template = name;
            }

            return template;
        }
        finally
        {
            TemplateGate.Release();
        }
    }

    private static string NewName() => "jn_test_" + Guid.NewGuid().ToString("N");

    private static void Execute(string sql)
    {
        using var connection = OpenServer();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static NpgsqlConnection OpenServer()
    {
        var connection = new NpgsqlConnection(ServerConnectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch (Exception exception) when (exception is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            connection.Dispose();
            throw new InvalidOperationException(
                $"The PostgreSQL tests need a server at '{ServerConnectionString}' and could not connect ({exception.Message}). "
                + "Start the throwaway test server with `bash scripts/postgres-test-server.sh start` (test.sh does this) "
                + "or point JOBNETWORK_TEST_POSTGRES at a server where this user may create databases.", exception);
        }
    }
}
