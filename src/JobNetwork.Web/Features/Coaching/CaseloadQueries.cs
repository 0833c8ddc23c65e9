using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Coverage;
using JobNetwork.Web.Features.JobLeads;
using JobNetwork.Web.Features.Settings;
using JobNetwork.Web.Features.Today;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Coaching;

/// <summary>
/// Reads what the caseload shows for every client at once, through one context over the checked clients
/// (<see cref="ClientContexts.ReadOnlyAsClients"/>): eight or nine queries grouped by client, however many clients
/// there are. The figures are made from what is read here by <see cref="CaseloadRules.Row"/> with the dashboard's and
/// the Today page's rules.
/// </summary>
internal static class CaseloadQueries
{
    /// <summary>
    /// Days of asks read first, back from the earliest client's today: enough for this week and for every streak
    /// shorter than this. A longer streak is followed back further for that client only.
    /// </summary>
    public const int RecentDays = 14;

    private sealed record Client(TimeZoneInfo Zone, DateOnly Today, int SuggestionsPerDay, int ActiveLeadsGoal);

    private sealed record AskDay(string OwnerId, DateOnly Day, int Asks);

    public static async Task<IReadOnlyDictionary<string, ClientFigures>> ReadAsync(
        AppDbContext db, IReadOnlyCollection<string> clientIds, InstanceDefaults defaults, TimeProvider clock, CancellationToken ct)
    {
        var clients = await ClientsAsync(db, clientIds, defaults, clock, ct);
        var perDay = await AsksPerDayAsync(db, clients, ct);

        // The newest ask up to today is in the first read for everyone who asked lately; the others' is read here.
        var recentFrom = FirstDayRead(clients);
        var silent = clients.Where(c => !perDay[c.Key].Keys.Any(d => d <= c.Value.Today)).Select(c => c.Key).ToList();
        var lastAskBefore = silent.Count == 0
            ? new Dictionary<string, DateOnly>()
            : await db.Asks.Where(a => silent.Contains(a.OwnerId) && a.AskedOn < recentFrom)
                .GroupBy(a => a.OwnerId).Select(g => new { g.Key, Last = g.Max(a => a.AskedOn) })
                .ToDictionaryAsync(x => x.Key, x => x.Last, ct);

        var circles = await db.Circles.AsNoTracking().Select(c => new { c.OwnerId, c.Id, c.IsPluggedIn }).ToListAsync(ct);
        var (lastReferral, lastLead) = await LastProducedAsync(db, ct);
        var activeLeads = await CoverageQueries.ActiveLeads(db).GroupBy(l => l.OwnerId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

        var strings = circles.ToLookup(c => c.OwnerId,
            c => new ClientString(c.IsPluggedIn,
                lastReferral.TryGetValue(c.Id, out var referral) ? referral : null, lastLead.TryGetValue(c.Id, out var lead) ? lead : null));
        return clients.ToDictionary(c => c.Key, c => new ClientFigures(
            c.Value.Zone, c.Value.Today, c.Value.SuggestionsPerDay, c.Value.ActiveLeadsGoal, perDay[c.Key],
            lastAskBefore.TryGetValue(c.Key, out var before) ? before : null, [.. strings[c.Key]], activeLeads.GetValueOrDefault(c.Key)));
    }

    /// <summary>Each client's settings (defaults, as their own pages use, for an account that never saved any) and today.</summary>
    private static async Task<Dictionary<string, Client>> ClientsAsync(
        AppDbContext db, IReadOnlyCollection<string> clientIds, InstanceDefaults defaults, TimeProvider clock, CancellationToken ct)
    {
        var saved = (await db.JobSearchSettings.AsNoTracking()
                .Select(s => new { s.OwnerId, s.TimeZoneId, s.SuggestionsPerDay, s.ActiveLeadsGoal }).ToListAsync(ct))
            .DistinctBy(s => s.OwnerId).ToDictionary(s => s.OwnerId);
        var unsaved = new JobSearchSettings { TimeZoneId = defaults.TimeZoneId };
        return clientIds.Distinct().ToDictionary(id => id, id =>
        {
            var settings = saved.GetValueOrDefault(id);
            var zone = SettingsService.FindTimeZone(settings?.TimeZoneId ?? unsaved.TimeZoneId);
            return new Client(zone, UserClock.Today(zone, clock),
                settings?.SuggestionsPerDay ?? unsaved.SuggestionsPerDay, settings?.ActiveLeadsGoal ?? unsaved.ActiveLeadsGoal);
        });
    }

    private static DateOnly FirstDayRead(Dictionary<string, Client> clients) => clients.Values.Min(c => c.Today).AddDays(-RecentDays);

    /// <summary>
    /// Asks per client and day, from <see cref="RecentDays"/> before the earliest today to the latest (clients' todays
    /// differ by time zone); for a client whose streak may go on past that, back <see cref="AskStreak.LookBackDays"/>.
    /// </summary>
    private static async Task<Dictionary<string, Dictionary<DateOnly, int>>> AsksPerDayAsync(
        AppDbContext db, Dictionary<string, Client> clients, CancellationToken ct)
    {
        var from = FirstDayRead(clients);
        var to = clients.Values.Max(c => c.Today);
        var days = await AskDaysAsync(db.Asks.Where(a => a.AskedOn >= from && a.AskedOn <= to), ct);
        var perDay = clients.Keys.ToDictionary(id => id, _ => new Dictionary<DateOnly, int>());
        Add(days);

        // A streak reaching back to the first day read may go on: read further back for those clients only.
        var longStreaks = clients
            .Where(c => c.Value.Today.AddDays(-AskStreak.Streak(perDay[c.Key].Keys.ToHashSet(), c.Value.Today) - 1) < from)
            .Select(c => c.Key).ToList();
        if (longStreaks.Count > 0)
        {
            var since = clients.Values.Min(c => c.Today).AddDays(-AskStreak.LookBackDays);
            Add(await AskDaysAsync(db.Asks.Where(a => longStreaks.Contains(a.OwnerId) && a.AskedOn >= since && a.AskedOn < from), ct));
        }

        return perDay;

        void Add(IEnumerable<AskDay> read)
        {
            foreach (var day in read)
            {
                perDay[day.OwnerId][day.Day] = day.Asks;
            }
        }
    }

    /// <summary>
    /// Per string, its newest referral (from someone whose primary string it is) and its newest credited lead: what the
    /// dashboard reads with <see cref="CoverageQueries.ReferralsAsync"/> and <see cref="CoverageQueries.LeadsAsync"/>.
    /// The lead's string is found here by <see cref="LeadAttribution.CreditedCircleId"/>, the rule that SQL mirrors, from
    /// three plain reads: behind an <c>OwnerId IN (clients)</c> filter the SQL's lookups up the chain (a dozen per lead)
    /// each seek once per client, which took 1.9 s for 200 clients on SQLite.
    /// </summary>
    private static async Task<(Dictionary<int, DateOnly> LastReferral, Dictionary<int, DateTime> LastLeadUtc)> LastProducedAsync(
        AppDbContext db, CancellationToken ct)
    {
        var primary = (await db.ContactCircles.Where(m => m.IsPrimary).Select(m => new { m.ContactId, m.CircleId }).ToListAsync(ct))
            .DistinctBy(m => m.ContactId).ToDictionary(m => m.ContactId, m => m.CircleId);
        var referrals = await db.Referrals.Select(r => new { r.Id, r.ReferrerId, r.ReferredContactId, r.ReferredOn }).ToListAsync(ct);
        var leads = await db.JobLeads.Where(l => l.SourceContactId != null).GroupBy(l => l.SourceContactId)
            .Select(g => new { ContactId = g.Key, Last = g.Max(l => l.CreatedAtUtc) }).ToListAsync(ct);

        var lastReferral = referrals.Where(r => primary.ContainsKey(r.ReferrerId))
            .GroupBy(r => primary[r.ReferrerId]).ToDictionary(g => g.Key, g => g.Max(r => r.ReferredOn));
        // "Referred by" is the first referral that named the contact, as in CreditedString.
        var referredBy = referrals.GroupBy(r => r.ReferredContactId).ToDictionary(g => g.Key, g => g.MinBy(r => r.Id)!.ReferrerId);
        var contacts = primary.Keys.Union(referredBy.Keys).ToDictionary(id => id, id => new AttributionContact(
            id, primary.TryGetValue(id, out var circle) ? circle : null, referredBy.TryGetValue(id, out var referrer) ? referrer : null));
        var lastLead = leads
            .Select(l => (Circle: LeadAttribution.CreditedCircleId(l.ContactId, contacts), l.Last))
            .Where(l => l.Circle is not null)
            .GroupBy(l => l.Circle!.Value).ToDictionary(g => g.Key, g => g.Max(l => l.Last));
        return (lastReferral, lastLead);
    }

    private static Task<List<AskDay>> AskDaysAsync(IQueryable<Ask> asks, CancellationToken ct) =>
        asks.GroupBy(a => new { a.OwnerId, a.AskedOn }).Select(g => new AskDay(g.Key.OwnerId, g.Key.AskedOn, g.Count())).ToListAsync(ct);
}
