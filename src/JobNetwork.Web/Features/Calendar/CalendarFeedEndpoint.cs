using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Admin;
using JobNetwork.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Calendar;

public static class CalendarFeedEndpoint
{
    public const string Prefix = "/calendar";

    public static string PathFor(string token) => $"{Prefix}/{token}.ics";

    /// <summary>Anonymous by design — calendar apps can't sign in — so the secret in the path is the credential: wrong or rotated means 404.</summary>
    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Prefix + "/{token}.ics", async (string token, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        {
            if (token.Length != 64 || !token.All(char.IsAsciiHexDigitLower))
            {
                return Results.NotFound();
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancellationToken);
            string? userId;
            await using (db)
            {
                // The one deliberate look across accounts: finding whose feed this secret opens. Only an existing account
                // that is not disabled: a deleted or disabled account's feed stops answering at once.
                var owner = await db.JobSearchSettings.IgnoreQueryFilters()
                    .Where(s => s.CalendarFeedToken == token)
                    .Join(db.Users, s => s.OwnerId, u => u.Id, (s, u) => new { u.Id, u.LockoutEnd })
                    .FirstOrDefaultAsync(cancellationToken);
                userId = owner is null || AdminService.IsDisabled(owner.LockoutEnd) ? null : owner.Id;
            }

            if (userId is null)
            {
                return Results.NotFound();
            }

            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(userId);
            var ics = await scope.ServiceProvider.GetRequiredService<CalendarFeedService>().BuildAsync(cancellationToken);
            return Results.Text(ics, "text/calendar; charset=utf-8");
        }).AllowAnonymous();
        return endpoints;
    }
}
