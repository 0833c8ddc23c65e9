using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace JobNetwork.Web.Features.Api;

public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Requests one token may make per minute; more get 429 with Retry-After.</summary>
    public int PermitsPerMinute { get; set; } = 120;

    /// <summary>The largest page a list route returns.</summary>
    public const int MaximumPageSize = 100;
}

/// <summary>A fixed window per token (not per address: a phone and a script on one network are separate tokens).</summary>
public sealed class ApiRateLimitPolicy(IConfiguration configuration) : IRateLimiterPolicy<string>
{
    public const string Name = "api-token";

    private readonly int permits = configuration.GetSection(ApiOptions.Section).Get<ApiOptions>()?.PermitsPerMinute
        ?? new ApiOptions().PermitsPerMinute;

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (context, _) =>
    {
        context.HttpContext.Response.Headers.RetryAfter = "60";
        await ApiProblems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
            $"A token may make {permits} requests a minute. Wait a minute and try again.");
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var token = httpContext.User.FindFirst(ApiTokenAuthenticationHandler.TokenIdClaim)?.Value;
        return token is null
            ? RateLimitPartition.GetNoLimiter("no-token") // Refused by authorization before it gets here.
            : RateLimitPartition.GetFixedWindowLimiter(token, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
    }
}
