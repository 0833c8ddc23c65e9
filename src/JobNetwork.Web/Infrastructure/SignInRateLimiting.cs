using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace JobNetwork.Web.Infrastructure;

public sealed class SignInRateLimitOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Sign-in and registration posts allowed per client address per minute.</summary>
    public int SignInPermitsPerMinute { get; set; } = 10;
}

/// <summary>Throttles password guessing and account spraying: only the posts of the sign-in and registration forms count.</summary>
public static class SignInRateLimiting
{
    private static readonly string[] ProtectedPaths =
    [
        "/Account/Login", "/Account/Register", "/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode",
        "/Account/ForgotPassword", "/Account/ResetPassword", "/Account/ResendEmailConfirmation",
    ];

    public static IServiceCollection AddSignInRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetSection(SignInRateLimitOptions.Section).Get<SignInRateLimitOptions>()?.SignInPermitsPerMinute
            ?? new SignInRateLimitOptions().SignInPermitsPerMinute;

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method) || !IsProtected(context.Request.Path))
                {
                    return RateLimitPartition.GetNoLimiter("unlimited");
                }

                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            options.OnRejected = WriteFriendlyPageAsync;
        });
        return services;
    }

    private static bool IsProtected(PathString path) =>
        ProtectedPaths.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase));

    private static async ValueTask WriteFriendlyPageAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.RetryAfter = "60";
        await response.WriteAsync(
            """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Too many attempts - JobNetwork</title><link rel="stylesheet" href="/css/account.css"></head>
            <body class="jn-plain"><main class="jn-plain-card"><h1>Too many attempts</h1>
            <p>You have tried to sign in or register too many times in a short while. Please wait a minute and try again.</p>
            <p><a href="/Account/Login">Back to sign in</a></p></main></body></html>
            """, cancellationToken);
    }
}
