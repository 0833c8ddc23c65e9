using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Coverage;

/// <summary>
/// The dashboard's aggregates, each one GROUP BY in the database keyed by the string (the primary circle of the
/// contact who was asked, who referred, or whom the lead is credited to). Plain LINQ that SQLite and PostgreSQL both translate.
/// </summary>
internal static class CoverageQueries
{
    public sealed record Window(DateOnly From, DateOnly To, DateTime FromUtc, DateTime ToUtc)
    {
        public static Window Of(DateOnly from, DateOnly to, TimeZoneInfo zone) => new(from, to,
            TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), zone),
            TimeZoneInfo.ConvertTimeToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), zone));
    }

    public sealed record AskCounts(int CircleId, int Asks, int Replies, int ContactsAsked);

    public sealed record ProducedCounts(int CircleId, int Count, int Hidden);

    public sealed record LastDates(int CircleId, DateOnly? LastAsked, DateOnly? LastReferral, DateTime? LastLeadUtc);

    private static IQueryable<ContactCircle> Primary(AppDbContext db) => db.ContactCircles.Where(m => m.IsPrimary);

    public static Task<List<AskCounts>> AsksAsync(AppDbContext db, Window w, CancellationToken ct) =>
        (from m in Primary(db)
         join a in db.Asks on m.ContactId equals a.ContactId
         where a.AskedOn >= w.From && a.AskedOn <= w.To
         group a by m.CircleId into g
         select new AskCounts(
             g.Key,
             g.Count(),
             g.Count(a => a.Outcome != AskOutcome.PendingReply && a.Outcome != AskOutcome.NoResponse),
             g.Select(a => a.ContactId).Distinct().Count()))
        .ToListAsync(ct);

    public static Task<List<ProducedCounts>> ReferralsAsync(AppDbContext db, Window w, CancellationToken ct) =>
        (from m in Primary(db)
         join r in db.Referrals on m.ContactId equals r.ReferrerId
         where r.ReferredOn >= w.From && r.ReferredOn <= w.To
         group r by m.CircleId into g
         select new ProducedCounts(g.Key, g.Count(), 0))
        .ToListAsync(ct);

    public static Task<List<ProducedCounts>> LeadsAsync(AppDbContext db, Window w, CancellationToken ct) =>
        (from m in Primary(db)
         join l in db.JobLeads on m.ContactId equals l.SourceContactId
         where l.CreatedAtUtc >= w.FromUtc && l.CreatedAtUtc < w.ToUtc
         group l by m.CircleId into g
         select new ProducedCounts(g.Key, g.Count(), g.Count(l => !l.WasAdvertised)))
        .ToListAsync(ct);

    /// <summary>Leads that reached a status (interviews, offers) during the window, by string.</summary>
    public static Task<List<ProducedCounts>> ReachedAsync(AppDbContext db, Window w, JobLeadStatus status, CancellationToken ct) =>
        (from m in Primary(db)
         join l in db.JobLeads on m.ContactId equals l.SourceContactId
         join h in db.JobLeadStatusChanges on l.Id equals h.JobLeadId
         where h.ToStatus == status && h.ChangedAtUtc >= w.FromUtc && h.ChangedAtUtc < w.ToUtc
         group h by m.CircleId into g
         select new ProducedCounts(g.Key, g.Select(h => h.JobLeadId).Distinct().Count(), 0))
        .ToListAsync(ct);

    public static async Task<Dictionary<int, LastDates>> LastDatesAsync(AppDbContext db, CancellationToken ct)
    {
        var asked = await (from m in Primary(db) join a in db.Asks on m.ContactId equals a.ContactId
                           group a by m.CircleId into g select new { g.Key, Last = g.Max(a => a.AskedOn) }).ToListAsync(ct);
        var referred = await (from m in Primary(db) join r in db.Referrals on m.ContactId equals r.ReferrerId
                              group r by m.CircleId into g select new { g.Key, Last = g.Max(r => r.ReferredOn) }).ToListAsync(ct);
        var leads = await (from m in Primary(db) join l in db.JobLeads on m.ContactId equals l.SourceContactId
                           group l by m.CircleId into g select new { g.Key, Last = g.Max(l => l.CreatedAtUtc) }).ToListAsync(ct);
        var keys = asked.Select(a => a.Key).Concat(referred.Select(r => r.Key)).Concat(leads.Select(l => l.Key)).Distinct();
        return keys.ToDictionary(k => k, k => new LastDates(
            k,
            asked.FirstOrDefault(a => a.Key == k)?.Last,
            referred.FirstOrDefault(r => r.Key == k)?.Last,
            leads.FirstOrDefault(l => l.Key == k)?.Last));
    }

    public static Task<Dictionary<int, int>> MembersAsync(AppDbContext db, CancellationToken ct) =>
        db.ContactCircles.GroupBy(m => m.CircleId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    public static async Task<CoverageGauge> GaugeAsync(AppDbContext db, int goal, CancellationToken ct)
    {
        var active = await db.JobLeads
            .Where(l => l.Status == JobLeadStatus.Found || l.Status == JobLeadStatus.Applied
                || l.Status == JobLeadStatus.Interviewing || l.Status == JobLeadStatus.Offer)
            .GroupBy(l => 1)
            .Select(g => new { Total = g.Count(), Hidden = g.Count(l => !l.WasAdvertised) })
            .FirstOrDefaultAsync(ct);
        return new CoverageGauge(active?.Total ?? 0, active?.Hidden ?? 0, goal);
    }

    /// <summary>Asks per day over the window (at most a few hundred rows); weeks are bucketed by the caller.</summary>
    public static async Task<List<(DateOnly Day, int Count)>> AsksPerDayAsync(AppDbContext db, Window w, CancellationToken ct)
    {
        var days = await db.Asks.Where(a => a.AskedOn >= w.From && a.AskedOn <= w.To)
            .GroupBy(a => a.AskedOn).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct);
        return days.Select(x => (x.Key, x.Count)).ToList();
    }
}
