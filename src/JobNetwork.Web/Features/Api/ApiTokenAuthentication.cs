using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using JobNetwork.Web.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace JobNetwork.Web.Features.Api;

/// <summary>
/// <c>Authorization: Bearer jn_…</c> on /api only. The API's policies name this scheme alone, so a browser's cookie
/// never opens the API: a cross-site page can't ride on the user's sign-in, and the API needs no antiforgery.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiTokenService tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    public const string TokenIdClaim = "jobnetwork:api-token";
    public const string ScopeClaim = "jobnetwork:api-scope";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        // The secret is never logged: failures say only that the token was refused.
        var owner = await tokens.AuthenticateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (owner is null)
        {
            return AuthenticateResult.Fail("The token is unknown, revoked or expired.");
        }

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, owner.OwnerId),
            new Claim(TokenIdClaim, owner.TokenId.ToString(CultureInfo.InvariantCulture)),
            new Claim(ScopeClaim, owner.Scope.ToString()),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer realm=\"JobNetwork API\"";
        await ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Sign in with a token",
            "Send a personal access token as \"Authorization: Bearer <token>\". Make one under Settings → API tokens; it may have expired or been revoked.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, "This token can only read",
            "Make a token with the \"read and write\" scope to change data.");
}

public static class ApiPolicies
{
    /// <summary>Any valid token: every /api route.</summary>
    public const string Read = "api-read";

    /// <summary>A token with the read-and-write scope: every route that changes data.</summary>
    public const string Write = "api-write";

    public static IServiceCollection AddApiPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Read, policy => policy.AddAuthenticationSchemes(ApiTokenAuthenticationHandler.SchemeName).RequireAuthenticatedUser())
            .AddPolicy(Write, policy => policy.AddAuthenticationSchemes(ApiTokenAuthenticationHandler.SchemeName)
                .RequireClaim(ApiTokenAuthenticationHandler.ScopeClaim, nameof(ApiTokenScope.ReadWrite)));
        return services;
    }

    /// <summary>Marks a route as changing data: read-only tokens get 403.</summary>
    public static RouteHandlerBuilder Writes(this RouteHandlerBuilder route) => route.RequireAuthorization(Write);
}
