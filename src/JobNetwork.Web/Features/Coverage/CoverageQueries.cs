using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Coverage;

/// <summary>
/// The dashboard's aggregates, each one GROUP BY in the database keyed by the string: the primary circle of the
/// contact who was asked or who referred, and for leads the string <see cref="CreditedString"/> credits. Each query
/// answers the period, the same period a year before and the all-time "last" dates in one pass where the rows are
/// few (referrals, leads), so the page costs a handful of commands. Plain LINQ that SQLite and PostgreSQL both translate.
/// </summary>
internal static class CoverageQueries
{
    public sealed record Window(DateOnly From, DateOnly To, DateTime FromUtc, DateTime ToUtc)
    {
        public static Window Of(DateOnly from, DateOnly to, TimeZoneInfo zone) => new(from, to,
            TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), zone),
            TimeZoneInfo.ConvertTimeToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), zone));

        /// <summary>A window that matches nothing, for periods without a year before.</summary>
        public static Window None { get; } = new(DateOnly.MaxValue, DateOnly.MinValue, DateTime.MaxValue, DateTime.MinValue);
    }

    public sealed record CircleCounts(int Id, string Name, CircleKind Kind, bool IsPluggedIn, int Members, int MembersNeverAsked);

    public sealed record AskCounts(int CircleId, int Asks, int Replies, int ContactsAsked);

    public sealed record ReferralCounts(int CircleId, int InPeriod, int YearBefore, DateOnly? Last);

    public sealed record LeadCounts(int CircleId, int InPeriod, int HiddenInPeriod, int YearBefore, DateTime? LastUtc);

    public sealed record ReachedCounts(int CircleId, int Interviews, int Offers);

    /// <summary>A lead with the string it credits (null: none), the shape the lead aggregates group.</summary>
    private sealed class CreditedLead
    {
        public int? CircleId { get; init; }

        public int LeadId { get; init; }

        public bool WasAdvertised { get; init; }

        public DateTime CreatedAtUtc { get; init; }
    }

    private static IQueryable<ContactCircle> Primary(AppDbContext db) => db.ContactCircles.Where(m => m.IsPrimary);

    private static IQueryable<CreditedLead> CreditedLeads(AppDbContext db) => db.JobLeads.Select(CreditedString.Select<JobLead, CreditedLead>(
        db, l => l.SourceContactId,
        (l, circleId) => new CreditedLead { CircleId = circleId, LeadId = l.Id, WasAdvertised = l.WasAdvertised, CreatedAtUtc = l.CreatedAtUtc }));

    /// <summary>Every string with its members (any membership) and how many of them were never asked at all.</summary>
    public static Task<List<CircleCounts>> CirclesAsync(AppDbContext db, CancellationToken ct) =>
        db.Circles.AsNoTracking()
            .Select(c => new CircleCounts(c.Id, c.Name, c.Kind, c.IsPluggedIn,
                c.Memberships.Count(),
                c.Memberships.Count(m => !db.Asks.Any(a => a.ContactId == m.ContactId))))
            .ToListAsync(ct);

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

    /// <summary>The last day each string was asked, over all time.</summary>
    public static Task<Dictionary<int, DateOnly>> LastAskedAsync(AppDbContext db, CancellationToken ct) =>
        (from m in Primary(db)
         join a in db.Asks on m.ContactId equals a.ContactId
         group a by m.CircleId into g
         select new { g.Key, Last = g.Max(a => a.AskedOn) })
        .ToDictionaryAsync(x => x.Key, x => x.Last, ct);

    public static Task<List<ReferralCounts>> ReferralsAsync(AppDbContext db, Window w, Window before, CancellationToken ct) =>
        (from m in Primary(db)
         join r in db.Referrals on m.ContactId equals r.ReferrerId
         group r by m.CircleId into g
         select new ReferralCounts(
             g.Key,
             g.Count(r => r.ReferredOn >= w.From && r.ReferredOn <= w.To),
             g.Count(r => r.ReferredOn >= before.From && r.ReferredOn <= before.To),
             g.Max(r => (DateOnly?)r.ReferredOn)))
        .ToListAsync(ct);

    public static Task<List<LeadCounts>> LeadsAsync(AppDbContext db, Window w, Window before, CancellationToken ct) =>
        CreditedLeads(db)
            .Where(l => l.CircleId != null)
            .GroupBy(l => l.CircleId)
            .Select(g => new LeadCounts(
                g.Key!.Value,
                g.Count(l => l.CreatedAtUtc >= w.FromUtc && l.CreatedAtUtc < w.ToUtc),
                g.Count(l => l.CreatedAtUtc >= w.FromUtc && l.CreatedAtUtc < w.ToUtc && !l.WasAdvertised),
                g.Count(l => l.CreatedAtUtc >= before.FromUtc && l.CreatedAtUtc < before.ToUtc),
                g.Max(l => (DateTime?)l.CreatedAtUtc)))
            .ToListAsync(ct);

    /// <summary>Leads that reached an interview or an offer during the window, by the string they credit.</summary>
    public static Task<List<ReachedCounts>> ReachedAsync(AppDbContext db, Window w, CancellationToken ct) =>
        (from h in db.JobLeadStatusChanges
         where (h.ToStatus == JobLeadStatus.Interviewing || h.ToStatus == JobLeadStatus.Offer)
             && h.ChangedAtUtc >= w.FromUtc && h.ChangedAtUtc < w.ToUtc
         join l in CreditedLeads(db) on h.JobLeadId equals l.LeadId
         where l.CircleId != null
         group h by l.CircleId into g
         select new ReachedCounts(
             g.Key!.Value,
             g.Where(h => h.ToStatus == JobLeadStatus.Interviewing).Select(h => h.JobLeadId).Distinct().Count(),
             g.Where(h => h.ToStatus == JobLeadStatus.Offer).Select(h => h.JobLeadId).Distinct().Count()))
        .ToListAsync(ct);

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
