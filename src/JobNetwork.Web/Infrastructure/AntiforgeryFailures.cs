using System.Text;
using Microsoft.AspNetCore.Antiforgery;

namespace JobNetwork.Web.Infrastructure;

/// <summary>
/// A form posted with a missing or stale antiforgery token (a sign-out from a tab left open for days, a forged
/// cross-site post) gets a plain 400 page that says what to do, instead of an exception that the error page — itself
/// a form endpoint — could not render either (which made a 500).
/// </summary>
public static class AntiforgeryFailures
{
    public const string Page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>This form has expired - JobNetwork</title>
        <style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1f2937}a{color:#1d4ed8}</style>
        </head><body><main>
        <h1>This form has expired</h1>
        <p>The page you sent it from was open too long, or was not opened from this site, so nothing was changed.
        Go back, reload the page and try again.</p>
        <p><a href="/">Go to your dashboard</a></p>
        </main></body></html>
        """;

    public static IApplicationBuilder UseFriendlyAntiforgeryFailures(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.Headers.CacheControl = "no-store";
                await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(Page), context.RequestAborted);
                return;
            }

            await next(context);
        });
}
