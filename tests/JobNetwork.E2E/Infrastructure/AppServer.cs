using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Account;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JobNetwork.E2E.Infrastructure;

/// <summary>
/// The real app on a real Kestrel port with its own empty data directory, so every server starts as a brand-new instance.
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    private readonly Factory factory;

    private AppServer(Factory factory, string dataDirectory, Uri baseUrl)
    {
        this.factory = factory;
        DataDirectory = dataDirectory;
        BaseUrl = baseUrl;
    }

    /// <summary>Always <c>http://localhost:PORT/</c>: the passkey script refuses to run on an IP address.</summary>
    public Uri BaseUrl { get; }

    public string DataDirectory { get; }

    public IServiceProvider Services => factory.Services;

    public static AppServer Start()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "jobnetwork-e2e", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        return Start(dataDirectory, port: 0);
    }

    /// <summary>
    /// Stops this server as a restart would (its circuits die with it), waits <paramref name="downtime"/>, and starts a
    /// new one on the same port and data folder. Dispose the returned server, not this one.
    /// </summary>
    public async Task<AppServer> RestartAsync(TimeSpan downtime)
    {
        handedOver = true;
        await factory.DisposeAsync();
        await Task.Delay(downtime);
        return Start(DataDirectory, BaseUrl.Port);
    }

    private bool handedOver;

    private static AppServer Start(string dataDirectory, int port)
    {
        var factory = new Factory(dataDirectory);
        factory.UseKestrel(port);
        factory.StartServer();

        var address = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Select(a => new Uri(a)).First(a => a.Scheme == Uri.UriSchemeHttp);
        var baseUrl = new UriBuilder(address) { Host = "localhost", Path = "/" }.Uri;

        var resolved = factory.Services.GetRequiredService<Web.Data.DataDirectory>().Path;
        if (!string.Equals(Path.GetFullPath(resolved), Path.GetFullPath(dataDirectory), StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The app ignored the test's data directory: it uses {resolved}, not {dataDirectory}.");
        }

        if (!File.Exists(Path.Combine(dataDirectory, "jobnetwork.db")))
        {
            throw new InvalidOperationException($"The app started but created no database in {dataDirectory}.");
        }

        return new AppServer(factory, dataDirectory, baseUrl);
    }

    public Uri Url(string relative) => new(BaseUrl, relative.TrimStart('/'));

    /// <summary>Creates an account straight through Identity, as the first-run flow would, for tests that only need one to exist.</summary>
    public async Task CreateAccountAsync(string email, string password, bool administrator)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, CreatedAtUtc = DateTime.UtcNow };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        if (administrator)
        {
            await scope.ServiceProvider.GetRequiredService<RegistrationPolicy>().MakeAdministratorAsync(user, users);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (handedOver)
        {
            return;
        }

        await factory.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold the file a moment longer; the temp folder is cleaned by the OS eventually.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private sealed class Factory(string dataDirectory) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting(Web.Data.DataDirectory.ConfigurationKey, dataDirectory);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Error");
        }
    }
}
