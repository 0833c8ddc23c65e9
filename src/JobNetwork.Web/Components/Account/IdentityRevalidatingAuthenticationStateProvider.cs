using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using JobNetwork.Web.Data;

namespace JobNetwork.Web.Components.Account;

/// <summary>How often an open interactive circuit re-checks that its user still exists with the same security stamp.</summary>
public sealed class SessionRevalidationOptions
{
    public const string Section = "Authentication";

    /// <summary>A password change or "sign out everywhere" ends open tabs within this time. Short values cost a database read per circuit per interval.</summary>
    public int RevalidationIntervalSeconds { get; set; } = 60;

    public TimeSpan RevalidationInterval => TimeSpan.FromSeconds(Math.Max(1, RevalidationIntervalSeconds));
}

// A server-side AuthenticationStateProvider that revalidates the security stamp of the connected user every
// RevalidationInterval while an interactive circuit is open; a changed stamp (password change, account disabled by the administrator) signs the circuit out.
internal sealed class IdentityRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        IServiceScopeFactory scopeFactory,
        IOptions<IdentityOptions> options,
        IOptions<SessionRevalidationOptions> revalidation,
        IHostApplicationLifetime lifetime)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => revalidation.Value.RevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        try
        {
            // Get the user manager from a new scope to ensure it fetches fresh data
            await using var scope = scopeFactory.CreateAsyncScope();
            var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            return await ValidateSecurityStampAsync(userManager, authenticationState.User);
        }
        catch (ObjectDisposedException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // The app is shutting down and its services are gone: the circuit ends with it, so there is nothing to
            // revalidate. Without this, every open circuit logged an error at each shutdown.
            return true;
        }
    }

    private async Task<bool> ValidateSecurityStampAsync(UserManager<ApplicationUser> userManager, ClaimsPrincipal principal)
    {
        var user = await userManager.GetUserAsync(principal);
        if (user is null)
        {
            return false;
        }
        else if (!userManager.SupportsUserSecurityStamp)
        {
            return true;
        }
        else
        {
            var principalStamp = principal.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
            var userStamp = await userManager.GetSecurityStampAsync(user);
            return principalStamp == userStamp;
        }
    }
}
