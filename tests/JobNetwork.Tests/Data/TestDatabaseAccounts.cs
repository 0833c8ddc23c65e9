using System.Collections.Concurrent;
using JobNetwork.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Data;

public sealed partial class TestDatabase
{
    private readonly ConcurrentDictionary<string, bool> knownAccounts = new(StringComparer.Ordinal);

    /// <summary>
    /// Every owned row references its owner's account (a foreign key), so a test user acting as "user-alice" needs an
    /// account row of that id, as a registered user has. Made on the first context for that user, once the schema exists.
    /// </summary>
    public void EnsureAccount(string? userId)
    {
        if (userId is null || knownAccounts.ContainsKey(userId))
        {
            return;
        }

        using var db = AppDbContextFactory.Create(Options, new ActingUser(null));
        try
        {
            if (!db.Users.Any(u => u.Id == userId))
            {
                db.Users.Add(new ApplicationUser
                {
                    Id = userId,
                    UserName = userId,
                    NormalizedUserName = userId.ToUpperInvariant(),
                    Email = userId + "@example.test",
                    NormalizedEmail = (userId + "@example.test").ToUpperInvariant(),
                    EmailConfirmed = true,
                    SecurityStamp = Guid.NewGuid().ToString("N"),
                    CreatedAtUtc = DateTime.UtcNow,
                });
                db.SaveChanges();
            }

            knownAccounts[userId] = true;
        }
        catch (DbUpdateException) when (db.Users.AsNoTracking().Any(u => u.Id == userId))
        {
            // Another context for the same user made it first.
            knownAccounts[userId] = true;
        }
        catch (Exception exception) when (IsMissingSchema(exception))
        {
            // Not migrated yet (a migration test): the account is made on a later context.
        }
    }

    /// <summary>
    /// An account row written with plain SQL, for tests that build a database as an older version left it (the
    /// columns are those of the first migration, so it works at every schema version, on both providers).
    /// </summary>
    public Task AddAccountRowAsync(string userId) => ExecuteScalarAsync(
        $"""INSERT INTO "AspNetUsers" ("Id", "CreatedAtUtc", "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount") VALUES ('{userId}', '2026-01-01 00:00:00', FALSE, FALSE, FALSE, FALSE, 0);""");

    private static bool IsMissingSchema(Exception exception) =>
        exception.Message.Contains("no such table", StringComparison.OrdinalIgnoreCase)
        || exception.Message.Contains("does not exist", StringComparison.OrdinalIgnoreCase);

    private sealed class AccountEnsuringFactory(TestDatabase database, string? userId) : IDbContextFactory<AppDbContext>
    {
        public AppDbContext CreateDbContext()
        {
            database.EnsureAccount(userId);
            return AppDbContextFactory.Create(database.Options, new ActingUser(userId));
        }
    }
}
