namespace JobNetwork.Web.Infrastructure;

/// <summary>
/// A signed-in user on an administrator's page or endpoint gets a real 403 with a plain explanation instead of a
/// redirect: authorization runs before the status-code pages, so the page is written here.
/// </summary>
public static class AccessDeniedPage
{
    public static async Task WriteAsync(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status403Forbidden;
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(
            """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Not available - JobNetwork</title><link rel="stylesheet" href="/css/account.css"></head>
            <body class="jn-plain"><main class="jn-plain-card"><h1>This page is not available to your account</h1>
            <p>It belongs to the administrator of this JobNetwork instance.</p>
            <p><a href="/">Back to your dashboard</a></p></main></body></html>
            """, context.HttpContext.RequestAborted);
    }
}
