using JobNetwork.Tests.Data;
using JobNetwork.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobNetwork.Tests.Infrastructure;

/// <summary>
/// The whole app in memory, with its own temporary data directory (database, key ring), so factories never share
/// state and tests can run in parallel. Extra settings (rate limit, registration mode, ...) override configuration.
/// </summary>
public sealed class JobNetworkAppFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;

    public JobNetworkAppFactory(params (string Key, string? Value)[] settings)
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "jobnetwork-tests", "app-" + Guid.NewGuid().ToString("N"));
        this.settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            // Quiet logs; tests that care look at responses, not at the console.
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Error",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Error",
        };
        foreach (var (key, value) in settings)
        {
            this.settings[key] = value;
        }
    }

    public string DataDirectory { get; }

    /// <summary>
    /// True (the default): the app starts on a copy of the migrated template database instead of migrating an empty
    /// file itself. Set false for a test about what start-up does to a missing database.
    /// </summary>
    public bool StartFromMigratedTemplate { get; init; } = true;

    public string DatabaseFile => Path.Combine(DataDirectory, "jobnetwork.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Not Development: the real exception handler and no developer pages, as in production.
        builder.UseEnvironment("Testing");
        // UseSetting reaches the configuration Program reads before Build(), which picks the data folder and rate limit.
        builder.UseSetting(JobNetwork.Web.Data.DataDirectory.ConfigurationKey, DataDirectory);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (StartFromMigratedTemplate && UsesOwnSqliteFile())
        {
            TestDatabase.CopySqliteTemplateTo(DatabaseFile);
        }
    }

    /// <summary>False when the settings point the app at another folder or database, which the test prepares itself.</summary>
    private bool UsesOwnSqliteFile() =>
        !settings.ContainsKey(JobNetwork.Web.Data.DataDirectory.ConfigurationKey)
        && !settings.ContainsKey("Database:Provider")
        && !settings.ContainsKey("Database:ConnectionString")
        && !settings.ContainsKey("ConnectionStrings:DefaultConnection");

    /// <summary>A browser-like client: keeps cookies, and shows redirects instead of following them.</summary>
    public HttpClient CreateBrowser() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<int> CountUsersAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().Users.CountAsync();
    }

    public async Task<ApplicationUser?> FindUserAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email);
    }

    public async Task<bool> IsInRoleAsync(string email, string role)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account for {email}.");
        return await users.IsInRoleAsync(user, role);
    }

    /// <summary>Runs SQL straight against this app's database file, bypassing the app.</summary>
    public async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabaseFile, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        // The app pools its connections; release this file's before deleting the folder.
        using (var pooled = new SqliteConnection($"Data Source={DatabaseFile};Pooling=True"))
        {
            SqliteConnection.ClearPool(pooled);
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
    }
}

/// <summary>One default app shared by the tests of a class that only read from it (xUnit class fixture).</summary>
public sealed class SharedAppFixture : IAsyncLifetime
{
    public JobNetworkAppFactory App { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await App.DisposeAsync();
}

public static class TestAccounts
{
    /// <summary>An account of this id in the app behind <paramref name="services"/>: owned rows reference their owner's account, so a test acting as a made-up user needs one.</summary>
    public static async Task AddAccountAsync(this IServiceProvider services, string id)
    {
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>()
            .CreateAsync(new ApplicationUser { Id = id, UserName = id + "@example.test", Email = id + "@example.test", CreatedAtUtc = DateTime.UtcNow });
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
