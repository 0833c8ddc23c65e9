using JobNetwork.Tests.Data;
using JobNetwork.Tests.Features.Admin;
using JobNetwork.Web.Data;
using JobNetwork.Web.Data.Configurations;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace JobNetwork.Tests.Security;

/// <summary>
/// Hostile tenant: "delete my account" must delete it. Every table with an owner column is found by reflection over
/// the model, so a table added later is checked without anyone listing it here.
/// </summary>
[Trait("Database", "Any")]
public sealed class AccountDeletionAttackTests : TwoUserTestBase
{
    [Fact]
    public async Task Closing_your_own_account_leaves_no_row_with_your_owner_id_in_any_table()
    {
        await AddAccountAsync(Alice.Id);
        await AddAccountAsync(Bob.Id);
        await AccountDeletionTests.BuildANetworkAsync(Alice);
        await AccountDeletionTests.BuildANetworkAsync(Bob);
        Assert.NotEmpty(OwnerTables());
        Assert.True((await CountOwnedRowsAsync(Alice.Id)).Values.Sum() > 10);
        var bobBefore = await CountOwnedRowsAsync(Bob.Id);

        Assert.Equal(AccountClosingOutcome.Closed, await Closing().CloseAsync(Alice.Id, None));

        Assert.All(await CountOwnedRowsAsync(Alice.Id), table => Assert.True(table.Value == 0, $"{table.Key} still holds {table.Value} of the closed account's rows."));
        Assert.Equal(bobBefore, await CountOwnedRowsAsync(Bob.Id));
        await using var db = Unfiltered();
        Assert.False(await db.Users.AnyAsync(u => u.Id == Alice.Id));
    }

    [Fact]
    public async Task The_only_administrator_cannot_close_their_account_but_one_of_two_can()
    {
        await AddAccountAsync(Alice.Id, administrator: true);
        await AccountDeletionTests.BuildANetworkAsync(Alice);

        Assert.Equal(AccountClosingOutcome.LastAdministrator, await Closing().CloseAsync(Alice.Id, None));
        Assert.True((await CountOwnedRowsAsync(Alice.Id)).Values.Sum() > 0);

        await AddAccountAsync(Bob.Id, administrator: true);
        Assert.Equal(AccountClosingOutcome.Closed, await Closing().CloseAsync(Alice.Id, None));
        Assert.Equal(AccountClosingOutcome.LastAdministrator, await Closing().CloseAsync(Bob.Id, None));
    }

    [Fact]
    public async Task Two_administrators_closing_at_once_leave_one()
    {
        await AddAccountAsync(Alice.Id, administrator: true);
        await AddAccountAsync(Bob.Id, administrator: true);

        var outcomes = await Task.WhenAll(Closing().CloseAsync(Alice.Id, None), Closing().CloseAsync(Bob.Id, None));

        Assert.Single(outcomes, o => o == AccountClosingOutcome.Closed);
        await using var db = Unfiltered();
        Assert.Equal(1, await db.UserRoles.CountAsync(r => r.RoleId == IdentityRoleConfiguration.AdministratorRoleId));
    }

    private AccountClosing Closing() => new(Database.FactoryFor(null));

    /// <summary>Every mapped table with an owner column, whether or not its entity remembered to implement IOwned.</summary>
    private IReadOnlyList<IEntityType> OwnerTables()
    {
        using var db = Unfiltered();
        return db.Model.GetEntityTypes()
            .Where(t => t.GetTableName() is not null && t.FindProperty(nameof(IOwned.OwnerId)) is not null && t.BaseType is null)
            .ToList();
    }

    private async Task<Dictionary<string, int>> CountOwnedRowsAsync(string ownerId)
    {
        await using var db = Unfiltered();
        var counts = new Dictionary<string, int>();
        foreach (var type in OwnerTables())
        {
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            var column = type.FindProperty(nameof(IOwned.OwnerId))!.GetColumnName(table)!;
            // Names come from the model, not from input.
            var sql = $"SELECT count(*) AS \"Value\" FROM \"{table.Name}\" WHERE \"{column}\" = {{0}}";
            counts[table.Name] = await db.Database.SqlQueryRaw<int>(sql, ownerId).SingleAsync();
        }

        return counts;
    }

    private async Task AddAccountAsync(string id, bool administrator = false)
    {
        await using var db = Unfiltered();
        var email = id + "@example.com";
        db.Users.Add(new ApplicationUser
        {
            Id = id, UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email,
            NormalizedEmail = email.ToUpperInvariant(), SecurityStamp = Guid.NewGuid().ToString("N"), CreatedAtUtc = DateTime.UtcNow,
        });
        if (administrator)
        {
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = id, RoleId = IdentityRoleConfiguration.AdministratorRoleId });
        }

        await db.SaveChangesAsync();
    }
}
