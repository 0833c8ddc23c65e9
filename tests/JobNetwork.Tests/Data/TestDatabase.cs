using JobNetwork.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace JobNetwork.Tests.Data;

/// <summary>The tests' name for <see cref="ActingUser"/>, the app's one "act as this user" (kept for existing tests).</summary>
public sealed class FakeCurrentUser(string? userId = null) : ActingUser(userId);

/// <summary>
/// A real database of its own: by default a SQLite file in a temporary folder; a PostgreSQL database on the test
/// server when <c>JOBNETWORK_TEST_PROVIDER=Postgres</c> (see <see cref="TestPostgres"/>). Deleted on dispose.
/// </summary>
public sealed partial class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string folder, string? postgresDatabase)
    {
        Folder = folder;
        PostgresDatabase = postgresDatabase;
        var builder = new DbContextOptionsBuilder<AppDbContext>().UseApplicationServiceProvider(IdentityModel.Services);
        if (postgresDatabase is null)
        {
            // No pooling, so nothing keeps the file open once a test is done with it.
            ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString();
            builder.UseSqlite(ConnectionString);
        }
        else
        {
            ConnectionString = TestPostgres.ConnectionStringFor(postgresDatabase);
            builder.UseNpgsql(ConnectionString);
        }

        Options = builder.Options;
    }

    public static DatabaseProvider Provider => TestPostgres.IsSelected ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    /// <summary>The PostgreSQL database's name, or null on SQLite.</summary>
    public string? PostgresDatabase { get; }

    public string Folder { get; }

    public string FilePath => Path.Combine(Folder, "jobnetwork.db");

    public string ConnectionString { get; }

    public DbContextOptions<AppDbContext> Options { get; }

    /// <summary>An empty folder; the database file does not exist until something opens it.</summary>
    public static TestDatabase CreateEmpty()
    {
        var folder = Path.Combine(Path.GetTempPath(), "jobnetwork-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new TestDatabase(folder, TestPostgres.IsSelected ? TestPostgres.CreateDatabase() : null);
    }

    /// <summary>A database brought to the current model by the app's own migrator.</summary>
    public static async Task<TestDatabase> CreateMigratedAsync()
    {
        if (TestPostgres.IsSelected)
        {
            // Migrating costs seconds on PostgreSQL; copying a migrated template costs milliseconds.
            var folder = Path.Combine(Path.GetTempPath(), "jobnetwork-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return new TestDatabase(folder, await TestPostgres.CreateMigratedDatabaseAsync(CreateMigratorFor));
        }

        // Migrating costs ~0.5 s of CPU per SQLite file; copying a file migrated once per test run costs a millisecond.
        var template = await SqliteTemplate.Value;
        var database = CreateEmpty();
        File.Copy(template, database.FilePath);
        return database;
    }

    /// <summary>One SQLite file brought to the current model by the app's own migrator, copied by every migrated test database.</summary>
    private static readonly Lazy<Task<string>> SqliteTemplate = new(CreateSqliteTemplateAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Puts a copy of the migrated SQLite template at <paramref name="file"/> unless a file is already there, so an app
    /// starting on it finds nothing to migrate (the app factory does this before start-up: ~0.5 s of CPU per app).
    /// </summary>
    public static void CopySqliteTemplateTo(string file)
    {
        if (File.Exists(file))
        {
            return;
        }

        // Task.Run: the template is made once without any caller's synchronization context, so blocking here is safe.
        var template = Task.Run(() => SqliteTemplate.Value).GetAwaiter().GetResult();
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var partial = file + ".copying-" + Guid.NewGuid().ToString("N");
        File.Copy(template, partial);
        try
        {
            File.Move(partial, file, overwrite: false);
        }
        catch (IOException) when (File.Exists(file))
        {
            // Another host of the same factory (WithWebHostBuilder) copied it first.
            File.Delete(partial);
        }
    }

    private static async Task<string> CreateSqliteTemplateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "jobnetwork-tests", "template-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var template = new TestDatabase(folder, postgresDatabase: null);
        await template.CreateMigrator().MigrateAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
        // Migrations that rebuild SQLite tables leave free pages behind; a compact file is what a fresh install has
        // (and a "disk full" fault capped at the file's size must not be absorbed by free pages).
        await template.ExecuteScalarAsync("VACUUM;");
        // WAL mode persists in the file; fold the log into it so the one file is the whole database.
        await template.ExecuteScalarAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteQuietly(folder);
        return template.FilePath;
    }

    /// <summary>The app's context factory acting as <paramref name="userId"/>, whose account row exists (see <see cref="EnsureAccount"/>).</summary>
    public IDbContextFactory<AppDbContext> FactoryFor(string? userId) => new AccountEnsuringFactory(this, userId);

    public AppDbContext ContextFor(string? userId)
    {
        EnsureAccount(userId);
        return AppDbContextFactory.Create(Options, new ActingUser(userId));
    }

    /// <summary>Brings the database to an older migration (by name or id), as an earlier version left it.</summary>
    public async Task MigrateToAsync(string migration)
    {
        await using var db = ContextFor(null);
        await db.GetService<IMigrator>().MigrateAsync(migration);
    }

    public DatabaseMigrator CreateMigrator() => new(FactoryFor(null), NullLogger<DatabaseMigrator>.Instance);

    private static async Task CreateMigratorFor(string postgresDatabase)
    {
        var database = new TestDatabase(Path.GetTempPath(), postgresDatabase);
        await database.CreateMigrator().MigrateAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
    }

    /// <summary>Runs one SQL statement on a fresh connection and returns the first column of the first row.</summary>
    public async Task<object?> ExecuteScalarAsync(string sql)
    {
        if (PostgresDatabase is not null)
        {
            return await TestPostgres.ExecuteScalarAsync(ConnectionString, sql);
        }

        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
    }

    public ValueTask DisposeAsync()
    {
        if (PostgresDatabase is not null)
        {
            TestPostgres.DropDatabase(PostgresDatabase);
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }

        return ValueTask.CompletedTask;
    }
}
