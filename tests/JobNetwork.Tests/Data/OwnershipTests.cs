using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Data;

[Trait("Database", "Any")]
public sealed class OwnershipTests : IAsyncLifetime
{
    private const string Alice = "user-alice";
    private const string Bob = "user-bob";

    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateMigratedAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public void Every_owned_entity_type_has_the_owner_query_filter_and_a_required_owner()
    {
        using var db = database.ContextFor(Alice);
        var ownedTypes = db.Model.GetEntityTypes().Where(t => typeof(IOwned).IsAssignableFrom(t.ClrType)).ToList();

        Assert.NotEmpty(ownedTypes);
        Assert.Contains(ownedTypes, t => t.ClrType == typeof(JobSearchSettings));
        Assert.All(ownedTypes, entityType =>
        {
            // Filters are declared on the root of a hierarchy and apply to every derived type.
            var filters = entityType.GetRootType().GetDeclaredQueryFilters();
            Assert.True(filters.Count > 0, $"{entityType.DisplayName()} has no owner query filter.");
            Assert.Contains(filters, f => f.Expression?.ToString().Contains(nameof(IOwned.OwnerId), StringComparison.Ordinal) == true);

            var owner = entityType.FindProperty(nameof(IOwned.OwnerId));
            Assert.NotNull(owner);
            Assert.False(owner.IsNullable, $"{entityType.DisplayName()}.OwnerId must be required.");
        });
    }

    [Fact]
    public void Every_owned_entity_type_in_the_domain_is_mapped()
    {
        var domainOwnedTypes = typeof(IOwned).Assembly.GetTypes()
            .Where(t => typeof(IOwned).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false });
        using var db = database.ContextFor(Alice);

        Assert.All(domainOwnedTypes, t => Assert.NotNull(db.Model.FindEntityType(t)));
    }

    [Fact]
    public async Task Another_user_cannot_read_my_settings_through_the_settings_service()
    {
        await SaveSettingsAsync(Alice, goal: 42);

        var bobsView = await new SettingsService(database.FactoryFor(Bob)).GetAsync(CancellationToken.None);

        Assert.Equal(JobSearchSettings.DefaultActiveLeadsGoal, bobsView.ActiveLeadsGoal);
        Assert.NotEqual(Alice, bobsView.OwnerId);
        await using var bobsContext = database.ContextFor(Bob);
        Assert.Empty(await bobsContext.JobSearchSettings.ToListAsync());
    }

    [Fact]
    public async Task Another_users_save_creates_their_own_row_and_never_changes_mine()
    {
        await SaveSettingsAsync(Alice, goal: 42);

        var outcome = await SaveSettingsAsync(Bob, goal: 7);

        Assert.Equal(SaveOutcome.Saved, outcome);
        await using var unfiltered = database.ContextFor(null);
        var rows = await unfiltered.JobSearchSettings.IgnoreQueryFilters().OrderBy(s => s.Id).ToListAsync();
        Assert.Collection(
            rows,
            alice => Assert.Equal((Alice, 42), (alice.OwnerId, alice.ActiveLeadsGoal)),
            bob => Assert.Equal((Bob, 7), (bob.OwnerId, bob.ActiveLeadsGoal)));
    }

    [Fact]
    public async Task Saving_another_users_row_in_my_context_throws_an_ownership_violation()
    {
        await SaveSettingsAsync(Alice, goal: 42);
        JobSearchSettings alicesRow;
        await using (var aliceContext = database.ContextFor(Alice))
        {
            alicesRow = await aliceContext.JobSearchSettings.AsNoTracking().SingleAsync();
        }

        await using var bobsContext = database.ContextFor(Bob);
        bobsContext.Attach(alicesRow);
        alicesRow.ActiveLeadsGoal = 1;

        await Assert.ThrowsAsync<OwnershipViolationException>(() => bobsContext.SaveChangesAsync());
        await using var check = database.ContextFor(Alice);
        Assert.Equal(42, (await check.JobSearchSettings.SingleAsync()).ActiveLeadsGoal);
    }

    [Fact]
    public async Task Taking_over_another_users_row_by_changing_its_owner_throws_an_ownership_violation()
    {
        await SaveSettingsAsync(Alice, goal: 42);
        await using var aliceContext = database.ContextFor(Alice);
        var alicesRow = await aliceContext.JobSearchSettings.AsNoTracking().SingleAsync();

        await using var bobsContext = database.ContextFor(Bob);
        bobsContext.Attach(alicesRow);
        alicesRow.OwnerId = Bob;

        await Assert.ThrowsAsync<OwnershipViolationException>(() => bobsContext.SaveChangesAsync());
    }

    [Fact]
    public async Task Deleting_another_users_row_throws_an_ownership_violation()
    {
        await SaveSettingsAsync(Alice, goal: 42);
        await using var aliceContext = database.ContextFor(Alice);
        var alicesRow = await aliceContext.JobSearchSettings.AsNoTracking().SingleAsync();

        await using var bobsContext = database.ContextFor(Bob);
        bobsContext.Remove(alicesRow);

        await Assert.ThrowsAsync<OwnershipViolationException>(() => bobsContext.SaveChangesAsync());
    }

    [Fact]
    public async Task A_forged_detached_update_of_another_users_row_cannot_overwrite_it()
    {
        await SaveSettingsAsync(Alice, goal: 42);
        await using var aliceContext = database.ContextFor(Alice);
        var alicesRow = await aliceContext.JobSearchSettings.AsNoTracking().SingleAsync();

        // A detached entity built from input: Alice's key and version, but Bob as its (claimed) owner.
        await using var bobsContext = database.ContextFor(Bob);
        bobsContext.Update(new JobSearchSettings { Id = alicesRow.Id, Version = alicesRow.Version, OwnerId = Bob, ActiveLeadsGoal = 1 });

        await Assert.ThrowsAnyAsync<Exception>(() => bobsContext.SaveChangesAsync());
        await using var unfiltered = database.ContextFor(null);
        var stored = await unfiltered.JobSearchSettings.IgnoreQueryFilters().SingleAsync();
        Assert.Equal((Alice, 42), (stored.OwnerId, stored.ActiveLeadsGoal));
    }

    [Fact]
    public async Task Saving_an_owned_row_with_nobody_signed_in_throws()
    {
        await using var anonymous = database.ContextFor(null);
        anonymous.JobSearchSettings.Add(new JobSearchSettings());

        await Assert.ThrowsAsync<OwnershipViolationException>(() => anonymous.SaveChangesAsync());
    }

    [Fact]
    public async Task A_new_row_is_stamped_with_the_signed_in_user_whatever_owner_it_was_given()
    {
        await using (var bobsContext = database.ContextFor(Bob))
        {
            bobsContext.JobSearchSettings.Add(new JobSearchSettings { OwnerId = Alice });
            await bobsContext.SaveChangesAsync();
        }

        await using var unfiltered = database.ContextFor(null);
        Assert.Equal(Bob, (await unfiltered.JobSearchSettings.IgnoreQueryFilters().SingleAsync()).OwnerId);
    }

    private Task<SaveOutcome> SaveSettingsAsync(string userId, int goal) =>
        new SettingsService(database.FactoryFor(userId)).SaveAsync(
            new SettingsForm { ActiveLeadsGoal = goal, TimeZoneId = "UTC" }, CancellationToken.None);
}
