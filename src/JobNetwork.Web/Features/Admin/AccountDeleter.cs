using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace JobNetwork.Web.Features.Admin;

/// <summary>
/// Deletes an account and everything it owns in one transaction. The owned tables are read from the model (every
/// <see cref="IOwned"/> entity), so an entity added later is deleted too without anyone remembering to list it here;
/// rows are matched on <c>OwnerId</c> only, so another account's data is never touched.
/// </summary>
public static class AccountDeleter
{
    public static async Task DeleteAsync(AppDbContext db, string userId, CancellationToken cancellationToken) =>
        await DeleteAsync(db, userId, keepLastAdministrator: false, cancellationToken);

    /// <param name="keepLastAdministrator">
    /// Refuse (and return false) when the account is the instance's only administrator: checked inside the deleting
    /// transaction, after taking the instance lock, so two administrators closing their accounts at once cannot both win.
    /// </param>
    /// <returns>False when refused; nothing was deleted.</returns>
    public static async Task<bool> DeleteAsync(AppDbContext db, string userId, bool keepLastAdministrator, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (keepLastAdministrator)
        {
            await InstanceLock.TakeAsync(db, cancellationToken);
            if (await InstanceLock.IsOnlyAdministratorAsync(db, userId, cancellationToken))
            {
                await transaction.RollbackAsync(cancellationToken);
                return false;
            }
        }

        foreach (var entityType in DependentsFirst(db.Model))
        {
            var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
            var ownerColumn = entityType.FindProperty(nameof(IOwned.OwnerId))!.GetColumnName(table)!;
            var statement = $"DELETE FROM {sql.DelimitIdentifier(table.Name, table.Schema)} WHERE {sql.DelimitIdentifier(ownerColumn)} = {{0}}";
            await db.Database.ExecuteSqlRawAsync(statement, [userId], cancellationToken);
        }

        // Grants other people gave this account as their coach end with it (they are the clients' rows, not this
        // account's), so a client's Sharing list no longer shows access for an account that is gone.
        await db.CoachGrants.IgnoreQueryFilters().Where(g => g.CoachUserId == userId && g.RevokedAtUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(g => g.RevokedAtUtc, DateTime.UtcNow), cancellationToken);

        // Identity's own rows (roles, logins, tokens, passkeys) go with the user by their cascading foreign keys.
        await db.Users.Where(u => u.Id == userId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Owned tables ordered so that a table comes before every table it references (a job lead before its company),
    /// which satisfies RESTRICT foreign keys; cycles, if any appear, fall back to the database's cascades.
    /// </summary>
    public static IReadOnlyList<IEntityType> DependentsFirst(IModel model)
    {
        var owned = model.GetEntityTypes()
            .Where(t => t.FindProperty(nameof(IOwned.OwnerId)) is not null && t.BaseType is null && t.GetTableName() is not null)
            .ToList();
        var ordered = new List<IEntityType>();
        var remaining = owned.ToHashSet();
        while (remaining.Count > 0)
        {
            // A table is free to go once no remaining table (other than itself) still references it.
            var free = remaining.Where(principal => !remaining.Any(dependent => dependent != principal
                && dependent.GetForeignKeys().Any(fk => fk.PrincipalEntityType == principal))).ToList();
            if (free.Count == 0)
            {
                free = [remaining.First()];
            }

            foreach (var type in free.OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                ordered.Add(type);
                remaining.Remove(type);
            }
        }

        return ordered;
    }
}
