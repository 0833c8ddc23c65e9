using System.Reflection;
using System.Security.Claims;
using JobNetwork.Web.Components.Account;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace JobNetwork.Tests.Security;

/// <summary>
/// A circuit whose revalidation falls due while the app shuts down finds the services gone. That used to be logged as
/// an error for every open circuit; during shutdown it is nothing to report, at any other time it still is.
/// </summary>
public sealed class RevalidationAtShutdownTests
{
    [Fact]
    public async Task While_the_app_stops_a_revalidation_without_services_keeps_the_session_quietly() =>
        Assert.True(await ValidateWithDisposedServicesAsync(stopping: true));

    [Fact]
    public async Task Outside_shutdown_missing_services_are_still_an_error() =>
        await Assert.ThrowsAsync<ObjectDisposedException>(() => ValidateWithDisposedServicesAsync(stopping: false));

    private static async Task<bool> ValidateWithDisposedServicesAsync(bool stopping)
    {
        var services = new ServiceCollection().BuildServiceProvider();
        var scopeFactory = services.GetRequiredService<IServiceScopeFactory>();
        await services.DisposeAsync();
        using var lifetime = new Lifetime();
        if (stopping)
        {
            await lifetime.Stopping.CancelAsync();
        }

        var provider = new IdentityRevalidatingAuthenticationStateProvider(NullLoggerFactory.Instance, scopeFactory,
            Options.Create(new IdentityOptions()), Options.Create(new SessionRevalidationOptions()), lifetime);
        var validate = typeof(IdentityRevalidatingAuthenticationStateProvider).GetMethod("ValidateAuthenticationStateAsync", BindingFlags.NonPublic | BindingFlags.Instance)!;
        try
        {
            return await (Task<bool>)validate.Invoke(provider, [new AuthenticationState(new ClaimsPrincipal()), CancellationToken.None])!;
        }
        finally
        {
            ((IDisposable)provider).Dispose();
        }
    }

    private sealed class Lifetime : IHostApplicationLifetime, IDisposable
    {
        public CancellationTokenSource Stopping { get; } = new();

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => Stopping.Token;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication() => Stopping.Cancel();

        public void Dispose() => Stopping.Dispose();
    }
}
