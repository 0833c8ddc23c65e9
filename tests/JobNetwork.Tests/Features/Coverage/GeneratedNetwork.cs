using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Demo;
using Microsoft.Data.Sqlite;

namespace JobNetwork.Tests.Features.Coverage;

/// <summary>
/// Writes a <see cref="DemoNetworkGenerator"/> network into one account of a test database, the way DemoSeeder does
/// but without Identity. Optionally roughens it so the dashboard's rules matter: second (non-primary) memberships and
/// leads the user found themselves.
/// </summary>
internal static class GeneratedNetwork
{
    /// <summary>Ten times <see cref="DemoNetworkSize.Small"/> in every dimension.</summary>
    public static DemoNetworkSize TenTimesSmall { get; } = new(
        DemoNetworkSize.Small.Strings * 10, DemoNetworkSize.Small.Contacts * 10, DemoNetworkSize.Small.Asks * 10,
        DemoNetworkSize.Small.Referrals * 10, DemoNetworkSize.Small.Leads * 10, DemoNetworkSize.Small.Companies * 10);

    public static async Task<DemoNetwork> SeedAsync(
        TestDatabase database, string userId, DemoNetworkSize size, DateOnly today, int seed = 20261127, bool roughen = true)
    {
        var network = new DemoNetworkGenerator(seed).Generate(size, today);
        if (roughen)
        {
            // Every third contact also belongs to the next string, without it being their primary one.
            for (var i = 0; i < network.Contacts.Count; i += 3)
            {
                var second = network.Circles[(i + 1) % network.Circles.Count];
                if (network.Contacts[i].Memberships.All(m => m.Circle != second))
                {
                    network.Contacts[i].Memberships.Add(new ContactCircle { Circle = second, IsPrimary = false });
                }
            }

            // Every seventh lead was found by the user: it counts in the gauge and credits no string.
            for (var i = 0; i < network.Leads.Count; i += 7)
            {
                network.Leads[i].Source = LeadSource.FoundMyself;
                network.Leads[i].SourceContact = null;
                network.Leads[i].FoundVia = "Job board";
            }

            // A few leads in the last days, so even "Last 30 days" has some.
            for (var k = 1; k <= 4; k++)
            {
                var lead = network.Leads[^k];
                var created = today.AddDays(-3 * k).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
                lead.CreatedAtUtc = created;
                lead.StatusChangedAtUtc = created.AddDays(1);
                foreach (var (change, n) in lead.History.Select((h, n) => (h, n)))
                {
                    change.ChangedAtUtc = created.AddDays(n);
                }
            }

            // A few people nobody has asked yet: dark bulbs.
            var contacts = network.Contacts.ToList();
            for (var k = 1; k <= 3; k++)
            {
                var unasked = new Contact { Name = $"Never asked {k}", CreatedAtUtc = today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) };
                unasked.Memberships.Add(new ContactCircle { Circle = network.Circles[k % network.Circles.Count], IsPrimary = true });
                contacts.Add(unasked);
            }

            // A referral chain of people in no string: Ann (in a string) named T1, T1 named T2, and so on. T1–T3's
            // leads credit Ann's string; T4 is four referrers down, past LeadAttribution.ReferredByHops.
            var referrals = network.Referrals.ToList();
            var leads = network.Leads.ToList();
            var referrer = network.Contacts.First(c => c.Memberships.Any(m => m.IsPrimary));
            for (var k = 1; k <= 4; k++)
            {
                var toldAbout = new Contact { Name = $"Told about {k}", CreatedAtUtc = today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) };
                contacts.Add(toldAbout);
                referrals.Add(new Referral
                {
                    Referrer = referrer, ReferredContact = toldAbout, Company = network.Companies[k], ReferredOn = today.AddDays(-40 - k),
                    CreatedAtUtc = today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                });
                var created = today.AddDays(-k).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
                var lead = new JobLead
                {
                    Title = $"Lead from told about {k}", Company = network.Companies[k], Source = LeadSource.Contact, SourceContact = toldAbout,
                    Advertising = (Advertising)(k % 3), CreatedAtUtc = created, StatusChangedAtUtc = created.AddDays(1), Status = JobLeadStatus.Interviewing,
                };
                lead.History.Add(new JobLeadStatusChange { ToStatus = JobLeadStatus.Found, ChangedAtUtc = created });
                lead.History.Add(new JobLeadStatusChange { FromStatus = JobLeadStatus.Found, ToStatus = JobLeadStatus.Interviewing, ChangedAtUtc = created.AddHours(1) });
                leads.Add(lead);
                referrer = toldAbout;
            }

            network = network with { Contacts = contacts, Referrals = referrals, Leads = leads };
        }

        await using var db = database.ContextFor(userId);
        await network.SaveAsync(db, CancellationToken.None);
        return network;
    }
}

/// <summary>Hand-written SQL over the database file, independent of EF and of the app's queries.</summary>
internal sealed class RawSql(string connectionString)
{
    /// <summary>Runs a query whose first column is a key and the rest are integers (NULL as 0).</summary>
    public async Task<Dictionary<int, int[]>> ByKeyAsync(string sql, params (string Name, object Value)[] parameters)
    {
        var rows = new Dictionary<int, int[]>();
        await foreach (var row in RowsAsync(sql, parameters))
        {
            rows.Add(Convert.ToInt32(row[0], System.Globalization.CultureInfo.InvariantCulture),
                row.Skip(1).Select(v => v is null or DBNull ? 0 : Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        }

        return rows;
    }

    public async IAsyncEnumerable<object?[]> RowsAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var values = new object?[reader.FieldCount];
            reader.GetValues(values!);
            yield return values;
        }
    }
}
