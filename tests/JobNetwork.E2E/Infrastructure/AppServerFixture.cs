namespace JobNetwork.E2E.Infrastructure;

/// <summary>
/// Class fixture: one server per test class whose tests only need an instance that already has its administrator.
/// Flows that must start from an empty instance call <see cref="AppServer.Start"/> themselves.
/// </summary>
public sealed class AppServerFixture : IAsyncLifetime
{
    public const string AdminEmail = "admin@example.com";
    public const string AdminPassword = "Str0ng!Passw0rd";

    private AppServer? server;

    public AppServer Server => server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync()
    {
        server = await StepTimer.TimeAsync("server", () => Task.FromResult(AppServer.Start()));
        await server.CreateAccountAsync(AdminEmail, AdminPassword, administrator: true);
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
