using System.Reflection;
using JobNetwork.Web.Data;
using JobNetwork.Web.Data.Configurations;
using JobNetwork.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Admin;

public sealed record UserSummary(string Id, string Email, DateTime CreatedAtUtc, bool IsAdministrator, bool IsLockedOut, bool IsDisabled, bool IsListedCoach = false);

public enum UserSort
{
    Email,
    Since,
}

public sealed record UserQuery(string? Search = null, UserSort Sort = UserSort.Since, bool Descending = false, int Page = 0, int PageSize = 25);

public enum AccountChange
{
    Done,
    NotFound,
    /// <summary>The administrator cannot disable or delete their own account here: the instance would lose its administrator.</summary>
    IsYourself,
}

/// <param name="DatabaseBytes">Null when the database server does not say.</param>
public sealed record InstanceFacts(string Version, DatabaseProvider Provider, long? DatabaseBytes, string DataFolder);

/// <summary>What the administrator sees of the instance. Reads Identity tables only: never another user's job-search data.</summary>
public sealed class AdminService(
    IDbContextFactory<AppDbContext> contextFactory, DataDirectory dataDirectory, DatabaseOptions database, TimeProvider clock)
{
    /// <summary>Far enough in the future that "locked out until then" means "disabled"; Identity's own lockouts last minutes.</summary>
    public static readonly DateTimeOffset DisabledUntil = DateTimeOffset.MaxValue;

    /// <summary>Whether an account was disabled by the administrator: then its feed, email and webhook stop too.</summary>
    public static bool IsDisabled(DateTimeOffset? lockoutEnd) => lockoutEnd == DisabledUntil;

    private static readonly string[] DatabaseFileSuffixes = ["", "-wal"];

    public async Task<PagedResult<UserSummary>> SearchUsersAsync(UserQuery query, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var users = db.Users.AsNoTracking();
        if (TextSearch.Normalize(query.Search)?.ToUpperInvariant() is { } term)
        {
            users = users.Where(u => u.NormalizedEmail != null && u.NormalizedEmail.Contains(term));
        }

        users = (query.Sort, query.Descending) switch
        {
            (UserSort.Email, false) => users.OrderBy(u => u.NormalizedEmail).ThenBy(u => u.Id),
            (UserSort.Email, true) => users.OrderByDescending(u => u.NormalizedEmail).ThenBy(u => u.Id),
            (_, false) => users.OrderBy(u => u.CreatedAtUtc).ThenBy(u => u.Id),
            (_, true) => users.OrderByDescending(u => u.CreatedAtUtc).ThenBy(u => u.Id),
        };

        var total = await users.CountAsync(cancellationToken);
        var page = await users.Skip(query.Page * query.PageSize).Take(query.PageSize)
            .Select(u => new { u.Id, u.Email, u.CreatedAtUtc, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        var ids = page.Select(u => u.Id).ToList();
        var roles = await db.UserRoles
            .Where(r => (r.RoleId == IdentityRoleConfiguration.AdministratorRoleId || r.RoleId == IdentityRoleConfiguration.CoachRoleId) && ids.Contains(r.UserId))
            .Select(r => new { r.UserId, r.RoleId }).ToListAsync(cancellationToken);
        bool Has(string userId, string roleId) => roles.Exists(r => r.UserId == userId && r.RoleId == roleId);
        var now = clock.GetUtcNow();
        var items = page.Select(u => new UserSummary(
            u.Id, u.Email ?? "", u.CreatedAtUtc, Has(u.Id, IdentityRoleConfiguration.AdministratorRoleId), u.LockoutEnd > now, u.LockoutEnd == DisabledUntil,
            Has(u.Id, IdentityRoleConfiguration.CoachRoleId))).ToList();
        return new PagedResult<UserSummary>(items, total);
    }

    /// <summary>
    /// Lists (or stops listing) an account as a coach in every job seeker's invite picker. Being listed grants nothing:
    /// a coach still sees only what each job seeker shares with them. Setting what is already set is not an error.
    /// </summary>
    public async Task<AccountChange> SetListedCoachAsync(string userId, bool listed, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            return AccountChange.NotFound;
        }

        var membership = db.UserRoles.Where(r => r.UserId == userId && r.RoleId == IdentityRoleConfiguration.CoachRoleId);
        if (!listed)
        {
            await membership.ExecuteDeleteAsync(cancellationToken);
        }
        else if (!await membership.AnyAsync(cancellationToken))
        {
            db.UserRoles.Add(new() { UserId = userId, RoleId = IdentityRoleConfiguration.CoachRoleId });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another administrator listed them at the same moment (the key is taken), or the account was just
                // deleted: either way, say what is now true.
                return await membership.AnyAsync(cancellationToken) ? AccountChange.Done : AccountChange.NotFound;
            }
        }

        return AccountChange.Done;
    }

    /// <summary>
    /// Disabling locks the account for good and renews its security stamp, so its cookies and open tabs stop working
    /// at their next check (within a minute) instead of lasting until they expire.
    /// </summary>
    public async Task<AccountChange> SetDisabledAsync(string userId, bool disabled, string actingUserId, CancellationToken cancellationToken)
    {
        if (userId == actingUserId)
        {
            return AccountChange.IsYourself;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return AccountChange.NotFound;
        }

        user.LockoutEnabled = true;
        user.LockoutEnd = disabled ? DisabledUntil : null;
        user.AccessFailedCount = 0;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        await db.SaveChangesAsync(cancellationToken);
        return AccountChange.Done;
    }

    public async Task<AccountChange> DeleteUserAsync(string userId, string actingUserId, CancellationToken cancellationToken)
    {
        if (userId == actingUserId)
        {
            return AccountChange.IsYourself;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            return AccountChange.NotFound;
        }

        await AccountDeleter.DeleteAsync(db, userId, cancellationToken);
        return AccountChange.Done;
    }

    public async Task<InstanceFacts> GetInstanceFactsAsync(CancellationToken cancellationToken)
    {
        var assembly = typeof(AdminService).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "unknown";
        return new InstanceFacts(version, database.Provider, await DatabaseBytesAsync(cancellationToken), dataDirectory.Path);
    }

    private async Task<long?> DatabaseBytesAsync(CancellationToken cancellationToken)
    {
        if (database.Provider == DatabaseProvider.Postgres)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            return await db.Database.SqlQueryRaw<long>("SELECT pg_database_size(current_database()) AS \"Value\"")
                .SingleAsync(cancellationToken);
        }

        // The write-ahead log holds committed data not yet folded into the main file, so it counts.
        return DatabaseFileSuffixes
            .Select(suffix => new FileInfo(dataDirectory.DatabaseFile + suffix))
            .Where(f => f.Exists)
            .Sum(f => f.Length);
    }
}
