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

    public sealed record MemberCounts(int CircleId, int Members, int NeverAsked, DateOnly? LastAsked);

    public sealed record AskCounts(int CircleId, int Asks, int Replies, int ContactsAsked);

    public sealed record ReferralCounts(int CircleId, int InPeriod, int YearBefore, DateOnly? Last);

    /// <summary>Lead counts by credited string; the row with a null string (leads that credit none) is dropped by the caller.</summary>
    public sealed record LeadCounts(int? CircleId, int InPeriod, int HiddenInPeriod, int YearBefore, DateTime? LastUtc);

    public sealed record ReachedCounts(int? CircleId, int Interviews, int Offers);

    /// <summary>A lead with the string it credits (null: none), the shape the lead aggregates group.</summary>
    private sealed class CreditedLead
    {
        public int? CircleId { get; init; }

        public int LeadId { get; init; }

        public Advertising Advertising { get; init; }

        public DateTime CreatedAtUtc { get; init; }
    }

    private static IQueryable<ContactCircle> Primary(AppDbContext db) => db.ContactCircles.Where(m => m.IsPrimary);

    private static IQueryable<CreditedLead> CreditedLeads(AppDbContext db) => db.JobLeads.Select(CreditedString.Select<JobLead, CreditedLead>(
        db, l => l.SourceContactId,
        (l, circleId) => new CreditedLead { CircleId = circleId, LeadId = l.Id, Advertising = l.Advertising, CreatedAtUtc = l.CreatedAtUtc }));

    public sealed record CircleRow(int Id, string Name, CircleKind Kind, bool IsPluggedIn);

    public static Task<List<CircleRow>> CirclesAsync(AppDbContext db, CancellationToken ct) =>
        db.Circles.AsNoTracking().Select(c => new CircleRow(c.Id, c.Name, c.Kind, c.IsPluggedIn)).ToListAsync(ct);

    /// <summary>A membership with whether its contact was ever asked and, for a primary one, the contact's last ask.</summary>
    private sealed class MemberRow
    {
        public int CircleId { get; init; }

        public bool NeverAsked { get; init; }

        public DateOnly? LastAskedIfPrimary { get; init; }
    }

    /// <summary>
    /// Per string, in one pass over the memberships: members (any membership), members never asked at all, and the
    /// last day anyone whose primary string it is was asked. Each lookup is one index seek per contact (MAX over an
    /// index is a single seek), which beats joining every ask ever made.
    /// </summary>
    public static Task<List<MemberCounts>> MembersAsync(AppDbContext db, CancellationToken ct) =>
        db.ContactCircles
            .Select(m => new MemberRow
            {
                CircleId = m.CircleId,
                NeverAsked = !db.Asks.Any(a => a.ContactId == m.ContactId),
                LastAskedIfPrimary = m.IsPrimary ? db.Asks.Where(a => a.ContactId == m.ContactId).Max(a => (DateOnly?)a.AskedOn) : null,
            })
            .GroupBy(m => m.CircleId)
            .Select(g => new MemberCounts(g.Key, g.Count(), g.Count(m => m.NeverAsked), g.Max(m => m.LastAskedIfPrimary)))
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
        // Filtering out the null string in SQL would repeat the whole credit expression in the WHERE clause.
        CreditedLeads(db)
            .GroupBy(l => l.CircleId)
            .Select(g => new LeadCounts(
                g.Key,
                g.Count(l => l.CreatedAtUtc >= w.FromUtc && l.CreatedAtUtc < w.ToUtc),
                g.Count(l => l.CreatedAtUtc >= w.FromUtc && l.CreatedAtUtc < w.ToUtc && l.Advertising == Advertising.NeverAdvertised),
                g.Count(l => l.CreatedAtUtc >= before.FromUtc && l.CreatedAtUtc < before.ToUtc),
                g.Max(l => (DateTime?)l.CreatedAtUtc)))
            .ToListAsync(ct);

    /// <summary>Leads that reached an interview or an offer during the window, by the string they credit.</summary>
    public static Task<List<ReachedCounts>> ReachedAsync(AppDbContext db, Window w, CancellationToken ct) =>
        (from h in db.JobLeadStatusChanges
         where (h.ToStatus == JobLeadStatus.Interviewing || h.ToStatus == JobLeadStatus.Offer)
             && h.ChangedAtUtc >= w.FromUtc && h.ChangedAtUtc < w.ToUtc
         join l in CreditedLeads(db) on h.JobLeadId equals l.LeadId
         group h by l.CircleId into g
         select new ReachedCounts(
             g.Key,
             g.Where(h => h.ToStatus == JobLeadStatus.Interviewing).Select(h => h.JobLeadId).Distinct().Count(),
             g.Where(h => h.ToStatus == JobLeadStatus.Offer).Select(h => h.JobLeadId).Distinct().Count()))
        .ToListAsync(ct);

    /// <summary>Leads still in play (found, applied, interviewing, offer): what the gauge counts against the goal.</summary>
    public static IQueryable<JobLead> ActiveLeads(AppDbContext db) =>
        db.JobLeads.Where(l => l.Status == JobLeadStatus.Found || l.Status == JobLeadStatus.Applied
            || l.Status == JobLeadStatus.Interviewing || l.Status == JobLeadStatus.Offer);

    public static async Task<CoverageGauge> GaugeAsync(AppDbContext db, int goal, CancellationToken ct)
    {
        var active = await ActiveLeads(db)
            .GroupBy(l => 1)
            .Select(g => new { Total = g.Count(), Hidden = g.Count(l => l.Advertising == Advertising.NeverAdvertised) })
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
