using System.Security.Claims;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Components.Account;
using JobNetwork.Web.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobNetwork.Tests.Security;

/// <summary>
/// An open interactive circuit holds the user it started with; the app's revalidating provider must end it once the
/// user's security stamp changes (password change, "sign out everywhere"). Driven through the real DI registration.
/// </summary>
public sealed class SessionRevalidationTests
{
    private const string Email = "owner@example.com";

    [Fact]
    public async Task The_default_interval_is_a_minute_and_configuration_can_shorten_it()
    {
        await using (var defaults = new JobNetworkAppFactory())
        {
            Assert.Equal(TimeSpan.FromMinutes(1), defaults.Services.GetRequiredService<IOptions<SessionRevalidationOptions>>().Value.RevalidationInterval);
            Assert.Equal(TimeSpan.FromMinutes(1), defaults.Services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval);
        }

        await using var shortened = new JobNetworkAppFactory(("Authentication:RevalidationIntervalSeconds", "2"));
        Assert.Equal(TimeSpan.FromSeconds(2), shortened.Services.GetRequiredService<IOptions<SessionRevalidationOptions>>().Value.RevalidationInterval);
    }

    [Fact]
    public async Task A_password_change_signs_an_open_circuit_out_within_the_interval()
    {
        await using var app = new JobNetworkAppFactory(("Authentication:RevalidationIntervalSeconds", "1"));
        await using var circuit = await OpenCircuitAsync(app);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByEmailAsync(Email);
            var changed = await users.ChangePasswordAsync(user!, TwoAccountApp.Password, "N3w-Passw0rd!");
            Assert.True(changed.Succeeded);
        }

        var signedOut = await circuit.SignedOut.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.False(signedOut.Identity?.IsAuthenticated);
        var now = await circuit.Provider.GetAuthenticationStateAsync();
        Assert.False(now.User.Identity?.IsAuthenticated);
    }

    [Fact]
    public async Task Without_a_stamp_change_the_circuit_stays_signed_in_across_revalidations()
    {
        await using var app = new JobNetworkAppFactory(("Authentication:RevalidationIntervalSeconds", "1"));
        await using var circuit = await OpenCircuitAsync(app);

        await Task.Delay(TimeSpan.FromSeconds(3.5));

        Assert.False(circuit.SignedOut.Task.IsCompleted);
        Assert.True((await circuit.Provider.GetAuthenticationStateAsync()).User.Identity?.IsAuthenticated);
    }

    /// <summary>What Blazor does when a circuit opens: the scope's provider gets the signed-in principal from the cookie.</summary>
    private static async Task<OpenCircuit> OpenCircuitAsync(JobNetworkAppFactory app)
    {
        using (var browser = app.CreateBrowser())
        {
            (await browser.RegisterAsync(Email, TwoAccountApp.Password)).Dispose();
        }

        var scope = app.Services.CreateAsyncScope();
        ClaimsPrincipal principal;
        await using (var signInScope = app.Services.CreateAsyncScope())
        {
            var signIn = signInScope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>();
            var user = await signIn.UserManager.FindByEmailAsync(Email);
            principal = await signIn.CreateUserPrincipalAsync(user!);
        }

        var provider = scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        Assert.IsAssignableFrom<RevalidatingServerAuthenticationStateProvider>(provider);
        var circuit = new OpenCircuit(scope, provider);
        ((IHostEnvironmentAuthenticationStateProvider)provider).SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        provider.AuthenticationStateChanged += async state =>
        {
            var user = (await state).User;
            if (user.Identity?.IsAuthenticated != true)
            {
                circuit.SignedOut.TrySetResult(user);
            }
        };
        return circuit;
    }

    private sealed class OpenCircuit(AsyncServiceScope scope, AuthenticationStateProvider provider) : IAsyncDisposable
    {
        public AuthenticationStateProvider Provider { get; } = provider;

        public TaskCompletionSource<ClaimsPrincipal> SignedOut { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ValueTask DisposeAsync() => scope.DisposeAsync();
    }
}
