using System.Security.Claims;
using JobNetwork.Web.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace JobNetwork.Web.Infrastructure;

/// <summary>
/// The signed-in user for this DI scope. In an interactive circuit the scope outlives any HTTP request, so the
/// circuit handler below keeps it in step with the circuit's authentication state; in a plain request it falls
/// back to the request's user.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor httpContextAccessor) : ICurrentUser
{
    private ClaimsPrincipal? circuitUser;

    public string? UserId =>
        (circuitUser ?? httpContextAccessor.HttpContext?.User)?.FindFirstValue(ClaimTypes.NameIdentifier);

    internal void SetCircuitUser(ClaimsPrincipal user) => circuitUser = user;

    /// <summary>
    /// For work done on a user's behalf outside their own request, such as serving their calendar feed: everything
    /// resolved from this scope afterwards sees that user's data, and only theirs.
    /// </summary>
    public void ActAs(string userId) =>
        circuitUser = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "on-behalf"));
}

/// <summary>Copies the circuit's user into <see cref="CurrentUser"/> when the circuit opens and whenever it changes.</summary>
public sealed class CurrentUserCircuitHandler(AuthenticationStateProvider authenticationStateProvider, CurrentUser currentUser)
    : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authenticationStateProvider.AuthenticationStateChanged += OnAuthenticationChanged;
        var state = await authenticationStateProvider.GetAuthenticationStateAsync();
        currentUser.SetCircuitUser(state.User);
    }

    private void OnAuthenticationChanged(Task<AuthenticationState> task) =>
        _ = UpdateAsync(task);

    private async Task UpdateAsync(Task<AuthenticationState> task)
    {
        var state = await task;
        currentUser.SetCircuitUser(state.User);
    }

    public void Dispose() => authenticationStateProvider.AuthenticationStateChanged -= OnAuthenticationChanged;
}
