using JobNetwork.Web.Data;
using JobNetwork.Web.Data.Configurations;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Admin;

public sealed record UserSummary(string Id, string Email, DateTime CreatedAtUtc, bool IsAdministrator, bool IsLockedOut);

/// <summary>What the administrator sees of the instance. Reads Identity tables only: never another user's job-search data.</summary>
public sealed class AdminService(IDbContextFactory<AppDbContext> contextFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<UserSummary>> ListUsersAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var admins = await db.UserRoles.Where(r => r.RoleId == IdentityRoleConfiguration.AdministratorRoleId)
            .Select(r => r.UserId).ToListAsync(cancellationToken);
        var users = await db.Users.AsNoTracking()
            .OrderBy(u => u.CreatedAtUtc)
            .Select(u => new { u.Id, u.Email, u.CreatedAtUtc, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        return users.Select(u => new UserSummary(u.Id, u.Email ?? "", u.CreatedAtUtc, admins.Contains(u.Id), u.LockoutEnd > now)).ToList();
    }
}
