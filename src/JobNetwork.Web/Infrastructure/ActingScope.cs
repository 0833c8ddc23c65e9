using JobNetwork.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Infrastructure;

/// <summary>
/// "Act as this user" for the background runners (the daily email and webhooks, pushes, a coach's weekly summary):
/// one DI scope per user, in which every service and context resolved sees that user's data, and only theirs.
/// </summary>
public static class ActingScope
{
    public static AsyncServiceScope CreateScopeActingAs(this IServiceScopeFactory scopes, string userId)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(userId);
        return scope;
    }

    /// <summary>A context for the scope's user; in a scope acting as nobody, one that sees no owned row.</summary>
    public static Task<AppDbContext> CreateDbContextAsync(this AsyncServiceScope scope, CancellationToken cancellationToken) =>
        scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancellationToken);
}
