using JobNetwork.Web.Data;
using JobNetwork.Web.Data.Configurations;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Admin;

/// <summary>
/// One row every instance-wide claim writes first — the administrator role's own row — so such claims (the first
/// administrator, an invitation, the last administrator leaving) run one after another on PostgreSQL as on SQLite,
/// where a write transaction already holds the database's single write lock.
/// </summary>
public static class InstanceLock
{
    /// <summary>Call inside a transaction: the row stays locked until it commits or rolls back.</summary>
    public static async Task TakeAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.Roles.Where(r => r.Id == IdentityRoleConfiguration.AdministratorRoleId)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.ConcurrencyStamp, r => r.ConcurrencyStamp), cancellationToken);

    public static async Task<bool> IsAdministratorAsync(AppDbContext db, string userId, CancellationToken cancellationToken) =>
        await db.UserRoles.AnyAsync(r => r.RoleId == IdentityRoleConfiguration.AdministratorRoleId && r.UserId == userId, cancellationToken);

    public static async Task<bool> IsOnlyAdministratorAsync(AppDbContext db, string userId, CancellationToken cancellationToken) =>
        await IsAdministratorAsync(db, userId, cancellationToken)
        && !await db.UserRoles.AnyAsync(r => r.RoleId == IdentityRoleConfiguration.AdministratorRoleId && r.UserId != userId, cancellationToken);
}
