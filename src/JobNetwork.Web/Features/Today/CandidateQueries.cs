using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Today;

/// <summary>Loads the snapshot the <see cref="SuggestionEngine"/> decides from: one row per contact, aggregated in the database.</summary>
internal static class CandidateQueries
{
    public static async Task<List<CandidateContact>> LoadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Contacts.AsNoTracking()
            .Select(c => new
            {
                c.Id,
                c.Name,
                c.Closeness,
                HasPhone = c.Phone != null,
                HasEmail = c.Email != null,
                CompanyName = c.Company != null ? c.Company.Name : null,
                Primary = c.Memberships.Where(m => m.IsPrimary).Select(m => new { m.CircleId, m.Circle.Name, m.Circle.CadenceDays }).FirstOrDefault(),
                InUnpluggedOnly = c.Memberships.Any() && c.Memberships.All(m => !m.Circle.IsPluggedIn),
                LastAskedOn = c.Asks.Max(a => (DateOnly?)a.AskedOn),
                TimesAsked = c.Asks.Count,
                EverHelped = c.Asks.Any(a => a.Outcome == AskOutcome.Helped || a.Outcome == AskOutcome.GaveReferral || a.Outcome == AskOutcome.GaveJobLead),
                LastDeclinedOn = c.Asks.Where(a => a.Outcome == AskOutcome.Declined).Max(a => (DateOnly?)a.AskedOn),
                LatestAskFollowUp = c.Asks.OrderByDescending(a => a.AskedOn).ThenByDescending(a => a.Id).Select(a => a.FollowUpOn).FirstOrDefault(),
                c.NextFollowUpOn,
                NamedReferral = c.ReferralsReceived.Any(r => r.Status == ReferralStatus.Named),
                ReferredByName = c.ReferralsReceived.OrderBy(r => r.Id).Select(r => r.Referrer.Name).FirstOrDefault(),
                TurnedDown = db.JobLeads.Where(l => l.InterviewerContactId == c.Id && l.Status == JobLeadStatus.TurnedDown)
                    .OrderByDescending(l => l.StatusChangedAtUtc)
                    .Select(l => new { l.Title, l.StatusChangedAtUtc }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(c => new CandidateContact(
                    c.Id, c.Name, c.Closeness, c.HasPhone, c.HasEmail, c.CompanyName,
                    c.Primary?.CircleId, c.Primary?.Name, c.InUnpluggedOnly, c.Primary?.CadenceDays,
                    c.LastAskedOn, c.TimesAsked, c.EverHelped, c.LastDeclinedOn,
                    Earliest(c.NextFollowUpOn, c.LatestAskFollowUp),
                    c.NamedReferral && c.TimesAsked == 0, c.ReferredByName,
                    NotAskedSince(c.LastAskedOn, c.TurnedDown?.StatusChangedAtUtc), c.TurnedDown?.Title)).ToList();
    }

    // The interviewer is worth asking who else they know until the user has asked them since the turn-down; an ask
    // before it (at the interview, say) does not count.
    private static bool NotAskedSince(DateOnly? lastAskedOn, DateTime? turnedDownAtUtc) =>
        turnedDownAtUtc is { } turnedDown && (lastAskedOn is not { } asked || asked < DateOnly.FromDateTime(turnedDown));

    private static DateOnly? Earliest(DateOnly? a, DateOnly? b) => (a, b) switch
    {
        ({ } x, { } y) => x < y ? x : y,
        ({ } x, null) => x,
        (null, { } y) => y,
        _ => null,
    };
}
