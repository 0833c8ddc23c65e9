namespace JobNetwork.Web.Components.Layout;

/// <summary>The user's choice of light, dark or "follow the system", kept in a cookie so static pages honour it too.</summary>
public static class ThemePreference
{
    public const string CookieName = "jn-theme";
    public const string System = "system";
    public const string Light = "light";
    public const string Dark = "dark";

    public static string Normalize(string? value) => value is Light or Dark ? value : System;

    public static string Next(string current) => Normalize(current) switch
    {
        System => Light,
        Light => Dark,
        _ => System,
    };

    /// <summary>For static pages, where the toggle cannot run code in the browser: a link that sets the cookie and comes back.</summary>
    public static IEndpointRouteBuilder MapThemePreference(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/preferences/theme/{mode}", (string mode, string? returnUrl, HttpContext context) =>
        {
            context.Response.Cookies.Append(CookieName, Normalize(mode), new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                SameSite = SameSiteMode.Lax,
                HttpOnly = false,
                Secure = context.Request.IsHttps,
                IsEssential = true,
            });
            var target = JobNetwork.Web.Components.Account.LocalReturnUrl.Sanitize(returnUrl);
            return Results.LocalRedirect(target);
        });
        return endpoints;
    }
}
