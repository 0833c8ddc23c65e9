using JobNetwork.Tests.Features.Admin;
using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Admin;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Data;

/// <summary>
/// Issue 15: the database itself ties every owned row to its owner's account, so no path can leave a row behind for
/// an account that is gone, and an upgrade clears what older versions left behind.
/// </summary>
[Trait("Database", "Any")]
public sealed class OwnerForeignKeyTests : TwoUserTestBase
{
    [Fact]
    public void Every_owned_table_references_its_owners_account_and_is_deleted_with_it()
    {
        using var db = Unfiltered();
        var owned = AccountDeleter.DependentsFirst(db.Model);

        Assert.True(owned.Count >= 20, $"Only {owned.Count} owned tables found: the model lookup is broken.");
        Assert.All(owned, type =>
        {
            var toOwner = type.GetForeignKeys().SingleOrDefault(fk => fk.Properties is [{ Name: nameof(IOwned.OwnerId) }]);
            Assert.True(toOwner is not null, $"{type.ClrType.Name}.OwnerId has no foreign key to the owner's account.");
            Assert.Equal(typeof(ApplicationUser), toOwner.PrincipalEntityType.ClrType);
            Assert.Equal(DeleteBehavior.Cascade, toOwner.DeleteBehavior);
        });
    }

    [Fact]
    public async Task The_database_refuses_a_row_whose_owner_has_no_account()
    {
        // Straight from the app's factory: the test helpers would make the account first.
        await using var db = AppDbContextFactory.Create(Database.Options, new ActingUser("user-without-an-account"));
        db.Circles.Add(new Circle { Name = "Nobody's friends", Kind = CircleKind.Friends });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Removing_the_account_row_by_any_path_removes_every_row_it_owned_and_nobody_elses()
    {
        await AccountDeletionTests.BuildANetworkAsync(Alice);
        await AccountDeletionTests.BuildANetworkAsync(Bob);
        var bobBefore = await AccountDeletionTests.CountOwnedRowsAsync(Database, Bob.Id);

        await using (var db = Unfiltered())
        {
            await db.Users.Where(u => u.Id == Alice.Id).ExecuteDeleteAsync();
        }

        Assert.All(await AccountDeletionTests.CountOwnedRowsAsync(Database, Alice.Id), table => Assert.Equal(0, table.Value));
        Assert.Equal(bobBefore, await AccountDeletionTests.CountOwnedRowsAsync(Database, Bob.Id));
    }
}

/// <summary>Upgrading a database that an older version left rows without an owner in.</summary>
[Trait("Database", "Any")]
public sealed class OwnerlessRowsMigrationTests : IAsyncLifetime
{
    private const string BeforeOwnerForeignKeys = "PushThankYousSearchesCoachRole";

    private readonly TestDatabase database = TestDatabase.CreateEmpty();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task The_upgrade_removes_rows_of_accounts_that_are_gone_and_keeps_everyone_elses()
    {
        await database.MigrateToAsync(BeforeOwnerForeignKeys);
        await database.AddAccountRowAsync("still-here");
        await InsertContactAsync("still-here", "Kept", "b8d1c5e4-0000-0000-0000-000000000001");
        await InsertContactAsync("deleted-long-ago", "Left behind", "b8d1c5e4-0000-0000-0000-000000000002");

        await database.CreateMigrator().MigrateAsync(TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.Equal(1L, Convert.ToInt64(await database.ExecuteScalarAsync("""SELECT count(*) FROM "Contacts" WHERE "OwnerId" = 'still-here';"""), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0L, Convert.ToInt64(await database.ExecuteScalarAsync("""SELECT count(*) FROM "Contacts" WHERE "OwnerId" = 'deleted-long-ago';"""), System.Globalization.CultureInfo.InvariantCulture));
        await using var db = database.ContextFor(null);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    private Task<object?> InsertContactAsync(string ownerId, string name, string version) => database.ExecuteScalarAsync(
        $"""INSERT INTO "Contacts" ("OwnerId", "Name", "Closeness", "CreatedAtUtc", "Version") VALUES ('{ownerId}', '{name}', 0, '2026-01-01 00:00:00', '{version}');""");
}
