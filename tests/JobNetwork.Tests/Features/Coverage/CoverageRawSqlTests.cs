using System.Globalization;
using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Coverage;
using JobNetwork.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace JobNetwork.Tests.Features.Coverage;

/// <summary>
/// One migrated database holding two generated networks: Alice's (checked) and Bob's (which must never show up in
/// Alice's numbers). Seeded once for the class; the tests only read.
/// </summary>
public sealed class GeneratedNetworksFixture : IAsyncLifetime
{
    public const string AliceId = "user-alice";
    public const string BobId = "user-bob";

    public static readonly DateOnly Today = new(2026, 6, 15);

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero));

    public TestDatabase Database { get; private set; } = null!;

    public TestUser Alice { get; private set; } = null!;

    internal RawSql Sql { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateMigratedAsync();
        await GeneratedNetwork.SeedAsync(Database, AliceId, DemoNetworkSize.Small, Today);
        // Bob: another seed and a bigger network, so any leak into Alice's numbers changes them.
        await GeneratedNetwork.SeedAsync(Database, BobId, DemoNetworkSize.Small with { Contacts = 90, Asks = 500, Leads = 60 }, Today, seed: 7);
        Alice = new TestUser(Database, AliceId, Clock);
        Sql = new RawSql(Database.ConnectionString);
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}

/// <summary>
/// The dashboard's numbers per string against counts written by hand in SQL over the same file: join the contact's
/// primary membership (IsPrimary = 1), filter on OwnerId, count within the period.
/// </summary>
public sealed class CoverageRawSqlTests(GeneratedNetworksFixture fixture) : IClassFixture<GeneratedNetworksFixture>
{
    private const string Owner = GeneratedNetworksFixture.AliceId;

    /// <summary>The first day of each period on 15 June 2026, worked out by hand (the period ends today, both ends included).</summary>
    public static TheoryData<CoveragePeriodKind, string> Periods => new()
    {
        { CoveragePeriodKind.Last30Days, "2026-05-17" },
        { CoveragePeriodKind.Last90Days, "2026-03-18" },
        { CoveragePeriodKind.ThisYear, "2026-01-01" },
        { CoveragePeriodKind.AllTime, "2000-01-01" },
    };

    private const string PrimaryOf = "FROM ContactCircles m ";

    /// <summary>
    /// credit(ContactId, CircleId): the string a contact's leads credit, written independently of the app as a
    /// recursive walk up the first referral that named each contact, at most three referrers up, crediting the
    /// furthest contact up with a primary circle (where the chain began). Its rows carry IsPrimary = 1 and the owner so <see cref="Mine"/> applies.
    /// </summary>
    private const string WithCredit = """
        WITH RECURSIVE up(Start, At, Hops) AS (
            SELECT Id, Id, 0 FROM Contacts WHERE OwnerId = @owner
            UNION ALL
            SELECT up.Start,
                   (SELECT r.ReferrerId FROM Referrals r WHERE r.ReferredContactId = up.At AND r.OwnerId = @owner ORDER BY r.Id LIMIT 1),
                   up.Hops + 1
            FROM up
            WHERE up.Hops < 3 AND up.At IS NOT NULL),
        stringed AS (
            SELECT up.Start, up.Hops, p.CircleId, p.OwnerId
            FROM up JOIN ContactCircles p ON p.ContactId = up.At AND p.IsPrimary = 1 AND p.OwnerId = @owner),
        credit AS (
            SELECT s.Start AS ContactId, s.CircleId, 1 AS IsPrimary, s.OwnerId
            FROM stringed s WHERE s.Hops = (SELECT MAX(t.Hops) FROM stringed t WHERE t.Start = s.Start))

        """;

    private const string CreditOf = "FROM credit m ";

    private const string Mine = " m.IsPrimary = 1 AND m.OwnerId = @owner ";

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task Every_strings_numbers_equal_hand_written_sql_counts(CoveragePeriodKind kind, string fromText)
    {
        var from = DateOnly.ParseExact(fromText, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = GeneratedNetworksFixture.Today;
        var expected = await ExpectedActivityAsync(from, to, kind != CoveragePeriodKind.AllTime);

        var dashboard = await fixture.Alice.Coverage.GetAsync(kind, CancellationToken.None);

        var actual = dashboard.Report.Strings.Select(s => s.Activity).OrderBy(a => a.CircleId).ToList();
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (e, a) in expected.Zip(actual))
        {
            Assert.Equal(e, a);
        }

        // Not a vacuous comparison: the generated network has activity in every period.
        Assert.True(actual.Sum(a => a.Asks) > 0);
        Assert.True(actual.Sum(a => a.Leads) > 0);
        Assert.True(actual.Sum(a => a.Replies) > 0);
        Assert.True(actual.Sum(a => a.Contacts) > DemoNetworkSize.Small.Contacts); // Second memberships count too.
        if (kind == CoveragePeriodKind.AllTime)
        {
            Assert.True(actual.Sum(a => a.Interviews) > 0 && actual.Sum(a => a.Offers) > 0 && actual.Sum(a => a.HiddenLeads) > 0);
        }
        else
        {
            Assert.True(actual.Sum(a => a.ProducedYearBefore) > 0);
        }
    }

    [Fact]
    public async Task The_gauge_counts_every_active_lead_including_the_ones_the_user_found_themselves()
    {
        await using var db = fixture.Database.ContextFor(Owner);
        var active = await db.Database.SqlQueryRaw<int>(
            "SELECT COUNT(*) AS Value FROM JobLeads WHERE OwnerId = {0} AND Status IN (0, 1, 2, 3)", Owner).SingleAsync();
        var hidden = await db.Database.SqlQueryRaw<int>(
            "SELECT COUNT(*) AS Value FROM JobLeads WHERE OwnerId = {0} AND Status IN (0, 1, 2, 3) AND Advertising = 2", Owner).SingleAsync();
        var foundMyself = await db.Database.SqlQueryRaw<int>(
            "SELECT COUNT(*) AS Value FROM JobLeads WHERE OwnerId = {0} AND Status IN (0, 1, 2, 3) AND SourceContactId IS NULL", Owner).SingleAsync();

        var dashboard = await fixture.Alice.Coverage.GetAsync(CoveragePeriodKind.AllTime, CancellationToken.None);

        Assert.True(foundMyself > 0);
        Assert.Equal(active, dashboard.Report.Gauge.ActiveLeads);
        Assert.Equal(hidden, dashboard.Report.Gauge.HiddenActiveLeads);
        Assert.Equal(JobSearchSettings.DefaultActiveLeadsGoal, dashboard.Report.Gauge.Goal);
    }

    [Fact]
    public async Task Found_myself_leads_and_uncredited_contacts_credit_no_string_so_the_strings_leads_add_up_to_the_credited_ones()
    {
        await using var db = fixture.Database.ContextFor(Owner);
        var credited = (await fixture.Sql.ByKeyAsync(
            WithCredit + "SELECT 0, COUNT(*) FROM credit m JOIN JobLeads l ON l.SourceContactId = m.ContactId AND l.OwnerId = @owner", ("@owner", Owner)))[0][0];
        var throughTheChain = (await fixture.Sql.ByKeyAsync(
            WithCredit + "SELECT 0, COUNT(*) FROM credit m JOIN JobLeads l ON l.SourceContactId = m.ContactId AND l.OwnerId = @owner " +
            "WHERE NOT EXISTS (SELECT 1 FROM ContactCircles p WHERE p.ContactId = m.ContactId AND p.IsPrimary = 1)", ("@owner", Owner)))[0][0];
        var fromContacts = await db.Database.SqlQueryRaw<int>(
            "SELECT COUNT(*) AS Value FROM JobLeads WHERE OwnerId = {0} AND SourceContactId IS NOT NULL", Owner).SingleAsync();
        var all = await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM JobLeads WHERE OwnerId = {0}", Owner).SingleAsync();

        var dashboard = await fixture.Alice.Coverage.GetAsync(CoveragePeriodKind.AllTime, CancellationToken.None);

        Assert.True(credited < fromContacts && fromContacts < all); // Some contacts' leads credit no string (no referrer with one).
        Assert.True(throughTheChain >= 3); // Some are credited up the referred-by chain.
        Assert.Equal(credited, dashboard.Report.Strings.Sum(s => s.Activity.Leads));
        Assert.Equal(credited, dashboard.Report.Funnel.Single(f => f.Label == "Leads").Count);
    }

    [Fact]
    public async Task Asks_per_week_add_up_to_the_asks_in_the_period()
    {
        var asks = await fixture.Sql.ByKeyAsync(
            "SELECT 0, COUNT(*) FROM Asks WHERE OwnerId = @owner AND AskedOn BETWEEN '2026-03-18' AND '2026-06-15'", ("@owner", Owner));

        var dashboard = await fixture.Alice.Coverage.GetAsync(CoveragePeriodKind.Last90Days, CancellationToken.None);

        Assert.Equal(asks[0][0], dashboard.AsksPerWeek.Sum(w => w.Asks));
        Assert.All(dashboard.AsksPerWeek, w => Assert.Equal(DayOfWeek.Monday, w.WeekStarting.DayOfWeek));
    }

    [Fact]
    public async Task Bulbs_match_hand_written_sql_for_every_membership()
    {
        var expected = new Dictionary<int, HashSet<(int ContactId, BulbState State)>>();
        await foreach (var row in fixture.Sql.RowsAsync(
            """
            SELECT m.CircleId, m.ContactId,
                   EXISTS (SELECT 1 FROM Referrals r WHERE r.ReferrerId = m.ContactId AND r.OwnerId = @owner)
                   OR EXISTS (SELECT 1 FROM JobLeads l WHERE l.SourceContactId = m.ContactId AND l.OwnerId = @owner),
                   EXISTS (SELECT 1 FROM Asks a WHERE a.ContactId = m.ContactId AND a.OwnerId = @owner),
                   (SELECT a.Outcome FROM Asks a WHERE a.ContactId = m.ContactId AND a.OwnerId = @owner ORDER BY a.AskedOn DESC, a.Id DESC LIMIT 1)
            FROM ContactCircles m
            WHERE m.OwnerId = @owner
            """, ("@owner", Owner)))
        {
            var produced = Convert.ToInt64(row[2], CultureInfo.InvariantCulture) == 1;
            var asked = Convert.ToInt64(row[3], CultureInfo.InvariantCulture) == 1;
            var latestPending = row[4] is long outcome && outcome == (long)AskOutcome.PendingReply;
            var state = produced ? BulbState.Lit : latestPending ? BulbState.Glowing : asked ? BulbState.Asked : BulbState.Dark;
            var circleId = Convert.ToInt32(row[0], CultureInfo.InvariantCulture);
            if (!expected.TryGetValue(circleId, out var set))
            {
                expected[circleId] = set = [];
            }

            set.Add((Convert.ToInt32(row[1], CultureInfo.InvariantCulture), state));
        }

        var bulbs = await fixture.Alice.NetworkMap.BulbsAsync(CancellationToken.None);

        Assert.Equal(expected.Keys.Order(), bulbs.Keys.Order());
        foreach (var (circleId, set) in expected)
        {
            Assert.Equal(set.OrderBy(b => b.ContactId), bulbs[circleId].Select(b => (b.ContactId, b.State)).OrderBy(b => b.ContactId));
            Assert.Equal(bulbs[circleId].Select(b => b.State).Order(), bulbs[circleId].Select(b => b.State)); // Lit first, dark last.
        }

        var states = bulbs.Values.SelectMany(b => b).Select(b => b.State).ToHashSet();
        Assert.Equal(4, states.Count); // The generated network has bulbs in all four states.
    }

    [Fact]
    public async Task The_target_company_grid_matches_hand_written_sql()
    {
        var targets = new List<(int Id, string Name)>();
        await foreach (var row in fixture.Sql.RowsAsync("SELECT Id, Name FROM Companies WHERE OwnerId = @owner AND IsTarget = 1", ("@owner", Owner)))
        {
            targets.Add((Convert.ToInt32(row[0], CultureInfo.InvariantCulture), (string)row[1]!));
        }

        var cells = new List<(int CompanyId, int CircleId, int Count)>();
        await foreach (var row in fixture.Sql.RowsAsync(
            """
            SELECT c.CompanyId, m.CircleId, COUNT(*)
            FROM ContactCircles m JOIN Contacts c ON c.Id = m.ContactId JOIN Companies co ON co.Id = c.CompanyId
            WHERE m.IsPrimary = 1 AND m.OwnerId = @owner AND c.OwnerId = @owner AND co.IsTarget = 1
            GROUP BY c.CompanyId, m.CircleId
            """, ("@owner", Owner)))
        {
            cells.Add((Convert.ToInt32(row[0], CultureInfo.InvariantCulture), Convert.ToInt32(row[1], CultureInfo.InvariantCulture), Convert.ToInt32(row[2], CultureInfo.InvariantCulture)));
        }

        var referrals = await fixture.Sql.ByKeyAsync(
            "SELECT r.CompanyId, COUNT(*) FROM Referrals r JOIN Companies co ON co.Id = r.CompanyId WHERE r.OwnerId = @owner AND co.IsTarget = 1 GROUP BY r.CompanyId", ("@owner", Owner));
        var leads = await fixture.Sql.ByKeyAsync(
            "SELECT l.CompanyId, COUNT(*) FROM JobLeads l JOIN Companies co ON co.Id = l.CompanyId WHERE l.OwnerId = @owner AND co.IsTarget = 1 GROUP BY l.CompanyId", ("@owner", Owner));

        var grid = await fixture.Alice.NetworkMap.TargetCompaniesAsync(CancellationToken.None);

        Assert.True(targets.Count > 0);
        Assert.Equal(targets.Select(t => t.Id).Order(), grid.Select(g => g.CompanyId).Order());
        foreach (var reach in grid)
        {
            var expectedCells = cells.Where(c => c.CompanyId == reach.CompanyId).ToDictionary(c => c.CircleId, c => c.Count);
            Assert.Equal(expectedCells.OrderBy(c => c.Key), reach.ContactsByString.OrderBy(c => c.Key));
            Assert.Equal(expectedCells.Count == 0, reach.Unreached);
            Assert.Equal(referrals.GetValueOrDefault(reach.CompanyId)?[0] ?? 0, reach.Referrals);
            Assert.Equal(leads.GetValueOrDefault(reach.CompanyId)?[0] ?? 0, reach.Leads);
        }

        // Unreached targets come first.
        Assert.Equal(grid.Select(g => g.Unreached).OrderByDescending(u => u), grid.Select(g => g.Unreached));
    }

    private async Task<List<StringActivity>> ExpectedActivityAsync(DateOnly from, DateOnly to, bool hasYearBefore)
    {
        (string, object)[] Window(DateOnly f, DateOnly t) =>
        [
            ("@owner", Owner),
            ("@from", f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("@to", t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            // The user's zone is UTC: the period runs from midnight on its first day to midnight after its last.
            ("@fromUtc", f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 00:00:00"),
            ("@toUtc", t.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 00:00:00"),
        ];
        var w = Window(from, to);
        var sql = fixture.Sql;

        var members = await sql.ByKeyAsync("SELECT CircleId, COUNT(*) FROM ContactCircles WHERE OwnerId = @owner GROUP BY CircleId", w);
        var asks = await sql.GroupedByCircleAsync(
            PrimaryOf + "JOIN Asks a ON a.ContactId = m.ContactId AND a.OwnerId = @owner WHERE" + Mine +
            "AND a.AskedOn BETWEEN @from AND @to",
            "SELECT m.CircleId, COUNT(*), SUM(a.Outcome NOT IN (0, 6)), COUNT(DISTINCT a.ContactId)", w);
        var referrals = await sql.GroupedByCircleAsync(
            PrimaryOf + "JOIN Referrals r ON r.ReferrerId = m.ContactId AND r.OwnerId = @owner WHERE" + Mine +
            "AND r.ReferredOn BETWEEN @from AND @to",
            "SELECT m.CircleId, COUNT(*)", w);
        var leads = await sql.GroupedByCircleAsync(
            CreditOf + "JOIN JobLeads l ON l.SourceContactId = m.ContactId AND l.OwnerId = @owner WHERE" + Mine +
            "AND l.CreatedAtUtc >= @fromUtc AND l.CreatedAtUtc < @toUtc",
            WithCredit + "SELECT m.CircleId, COUNT(*), SUM(l.Advertising = 2)", w);
        var interviews = await ReachedAsync(JobLeadStatus.Interviewing);
        var offers = await ReachedAsync(JobLeadStatus.Offer);

        var before = new Dictionary<int, int>();
        if (hasYearBefore)
        {
            var wb = Window(from.AddYears(-1), to.AddYears(-1));
            foreach (var (circle, counts) in await sql.GroupedByCircleAsync(
                PrimaryOf + "JOIN Referrals r ON r.ReferrerId = m.ContactId AND r.OwnerId = @owner WHERE" + Mine +
                "AND r.ReferredOn BETWEEN @from AND @to", "SELECT m.CircleId, COUNT(*)", wb))
            {
                before[circle] = before.GetValueOrDefault(circle) + counts[0];
            }

            foreach (var (circle, counts) in await sql.GroupedByCircleAsync(
                CreditOf + "JOIN JobLeads l ON l.SourceContactId = m.ContactId AND l.OwnerId = @owner WHERE" + Mine +
                "AND l.CreatedAtUtc >= @fromUtc AND l.CreatedAtUtc < @toUtc", WithCredit + "SELECT m.CircleId, COUNT(*)", wb))
            {
                before[circle] = before.GetValueOrDefault(circle) + counts[0];
            }
        }

        // Last dates are all-time; in UTC a lead's local date is the date part of its UTC timestamp.
        var lastAsked = await LastAsync("JOIN Asks a ON a.ContactId = m.ContactId AND a.OwnerId = @owner", "MAX(a.AskedOn)");
        var lastReferral = await LastAsync("JOIN Referrals r ON r.ReferrerId = m.ContactId AND r.OwnerId = @owner", "MAX(r.ReferredOn)");
        var lastLead = await LastAsync("JOIN JobLeads l ON l.SourceContactId = m.ContactId AND l.OwnerId = @owner", "substr(MAX(l.CreatedAtUtc), 1, 10)", credited: true);
        var neverAsked = await sql.ByKeyAsync(
            "SELECT m.CircleId, COUNT(*) FROM ContactCircles m WHERE m.OwnerId = @owner " +
            "AND NOT EXISTS (SELECT 1 FROM Asks a WHERE a.ContactId = m.ContactId AND a.OwnerId = @owner) GROUP BY m.CircleId", w);

        var result = new List<StringActivity>();
        await foreach (var row in sql.RowsAsync("SELECT Id, Name, Kind, IsPluggedIn FROM Circles WHERE OwnerId = @owner ORDER BY Id", w))
        {
            var id = Convert.ToInt32(row[0], CultureInfo.InvariantCulture);
            int At(Dictionary<int, int[]> counts, int column) => counts.TryGetValue(id, out var c) ? c[column] : 0;
            DateOnly? referral = lastReferral.GetValueOrDefault(id), lead = lastLead.GetValueOrDefault(id);
            DateOnly? produced = referral is null ? lead : lead is null ? referral : referral > lead ? referral : lead;
            result.Add(new StringActivity(
                id, (string)row[1]!, Enum.Parse<CircleKind>((string)row[2]!), Convert.ToInt64(row[3], CultureInfo.InvariantCulture) == 1,
                At(members, 0), At(asks, 2), At(asks, 0), At(asks, 1), At(referrals, 0), At(leads, 0), At(leads, 1),
                At(interviews, 0), At(offers, 0), lastAsked.GetValueOrDefault(id), produced, lead, before.GetValueOrDefault(id), At(neverAsked, 0)));
        }

        return result;

        Task<Dictionary<int, int[]>> ReachedAsync(JobLeadStatus status) => sql.ByKeyAsync(
            WithCredit + "SELECT m.CircleId, COUNT(DISTINCT h.JobLeadId) " + CreditOf +
            "JOIN JobLeads l ON l.SourceContactId = m.ContactId AND l.OwnerId = @owner " +
            "JOIN JobLeadStatusChanges h ON h.JobLeadId = l.Id AND h.OwnerId = @owner WHERE" + Mine +
            "AND h.ToStatus = @status AND h.ChangedAtUtc >= @fromUtc AND h.ChangedAtUtc < @toUtc GROUP BY m.CircleId",
            [.. w, ("@status", (int)status)]);

        async Task<Dictionary<int, DateOnly?>> LastAsync(string join, string max, bool credited = false)
        {
            var last = new Dictionary<int, DateOnly?>();
            var query = credited
                ? $"{WithCredit}SELECT m.CircleId, {max} {CreditOf}{join} WHERE{Mine}GROUP BY m.CircleId"
                : $"SELECT m.CircleId, {max} {PrimaryOf}{join} WHERE{Mine}GROUP BY m.CircleId";
            await foreach (var row in sql.RowsAsync(query, ("@owner", Owner)))
            {
                last[Convert.ToInt32(row[0], CultureInfo.InvariantCulture)] = row[1] is string text
                    ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            }

            return last;
        }
    }
}

internal static class RawSqlGrouping
{
    /// <summary>"SELECT … " + "FROM … WHERE …" + " GROUP BY m.CircleId", keyed by circle.</summary>
    public static Task<Dictionary<int, int[]>> GroupedByCircleAsync(this RawSql sql, string fromWhere, string select, (string, object)[] parameters) =>
        sql.ByKeyAsync($"{select} {fromWhere} GROUP BY m.CircleId", parameters);
}
