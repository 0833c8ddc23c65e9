using JobNetwork.Tests.Data;
using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.JobLeads;

/// <summary>
/// Issue 16: "advertised" became three answers. A lead ticked as advertised stays advertised; an unticked one only
/// meant "nobody ticked the box", so it becomes "not sure" rather than counting as hidden market.
/// </summary>
[Trait("Database", "Any")]
public sealed class LeadAdvertisingMigrationTests : IAsyncLifetime
{
    private const string BeforeThreeAnswers = "OwnersForeignKeys";

    private readonly TestDatabase database = TestDatabase.CreateEmpty();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Ticked_leads_stay_advertised_and_unticked_ones_become_not_sure()
    {
        await database.MigrateToAsync(BeforeThreeAnswers);
        await database.AddAccountRowAsync("lead-owner");
        await database.ExecuteScalarAsync(
            """INSERT INTO "Companies" ("Id", "OwnerId", "Name", "IsTarget", "CreatedAtUtc", "Version") VALUES (1, 'lead-owner', 'Acme', FALSE, '2026-01-01 00:00:00', 'b8d1c5e4-0000-0000-0000-000000000010');""");
        await InsertLeadAsync("Ticked", advertised: true, "b8d1c5e4-0000-0000-0000-000000000011");
        await InsertLeadAsync("Left unticked", advertised: false, "b8d1c5e4-0000-0000-0000-000000000012");

        await database.CreateMigrator().MigrateAsync(TimeSpan.FromSeconds(5), CancellationToken.None);

        await using var db = database.ContextFor("lead-owner");
        var leads = await db.JobLeads.OrderBy(l => l.Title).Select(l => new { l.Title, l.Advertising }).ToListAsync();
        Assert.Equal(
            [("Left unticked", Advertising.NotSure), ("Ticked", Advertising.Advertised)],
            leads.Select(l => (l.Title, l.Advertising)).ToList());
    }

    private Task<object?> InsertLeadAsync(string title, bool advertised, string version) => database.ExecuteScalarAsync(
        $"""INSERT INTO "JobLeads" ("OwnerId", "CompanyId", "Title", "Source", "Status", "WasAdvertised", "CreatedAtUtc", "StatusChangedAtUtc", "Version") VALUES ('lead-owner', 1, '{title}', 2, 0, {(advertised ? "TRUE" : "FALSE")}, '2026-01-01 00:00:00', '2026-01-01 00:00:00', '{version}');""");
}
