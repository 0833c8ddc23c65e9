using System.Text.Json.Serialization;
using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Coverage;

public enum BulbState
{
    /// <summary>Gave a referral or a lead.</summary>
    Lit,
    /// <summary>Asked, reply pending.</summary>
    Glowing,
    /// <summary>Asked, nothing came of it (yet).</summary>
    Asked,
    /// <summary>Never asked.</summary>
    Dark,
}

/// <summary>One contact on a string. Short JSON names: the dashboard carries up to 600 of them in its page (persisted state).</summary>
public sealed record Bulb([property: JsonPropertyName("c")] int ContactId, [property: JsonPropertyName("n")] string Name, [property: JsonPropertyName("s")] BulbState State);

public sealed record CompanyReach(int CompanyId, string Company, IReadOnlyDictionary<int, int> ContactsByString, int Referrals, int Leads)
{
    public bool Unreached => ContactsByString.Count == 0;
}

/// <summary>Who is where: a bulb per contact on each string, and the target companies each string reaches.</summary>
public sealed class NetworkMapService(IDbContextFactory<AppDbContext> contextFactory)
{
    /// <summary>
    /// Bulbs drawn per string before "+N more": enough to see a string's state at a glance. Each is a link, so more would
    /// mean hundreds of tab stops and, on a 5,000-contact network, a third of the dashboard's server time spent drawing them.
    /// 15 rather than 30 (issue 21): the bulbs and their persisted state were the largest part of a 400 KB page.
    /// </summary>
    public const int BulbsPerString = 15;

    public static BulbState StateOf(bool produced, bool asked, bool pending) =>
        produced ? BulbState.Lit : pending ? BulbState.Glowing : asked ? BulbState.Asked : BulbState.Dark;

    public async Task<IReadOnlyDictionary<int, IReadOnlyList<Bulb>>> BulbsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.ContactCircles.AsNoTracking()
            .Select(m => new
            {
                m.CircleId,
                m.ContactId,
                m.Contact.Name,
                Produced = m.Contact.ReferralsGiven.Any() || m.Contact.LeadsCredited.Any(),
                Asked = m.Contact.Asks.Any(),
                Pending = m.Contact.Asks.OrderByDescending(a => a.AskedOn).ThenByDescending(a => a.Id)
                    .Select(a => a.Outcome).FirstOrDefault() == AskOutcome.PendingReply,
            })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.CircleId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<Bulb>)g.Select(r => new Bulb(r.ContactId, r.Name, StateOf(r.Produced, r.Asked, r.Asked && r.Pending)))
                .OrderBy(b => b.State).ThenBy(b => b.Name, StringComparer.CurrentCulture).ToList());
    }

    /// <summary>
    /// Per string, the distinct introduction chains behind the leads it is credited with, newest lead first
    /// (<see cref="LeadChains"/>). The credit comes from the one rule in <see cref="CreditedString"/>.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<string>>> ChainsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var leads = await (from credit in CreditedString.OfLeads(db)
                           join lead in db.JobLeads on credit.LeadId equals lead.Id
                           where credit.CircleId != null && lead.Referral != null
                           orderby lead.StatusChangedAtUtc descending, lead.Id descending
                           select new { CircleId = credit.CircleId!.Value, lead.Referral!.ReferrerId, lead.Referral.ReferredContactId })
            .ToListAsync(cancellationToken);
        if (leads.Count == 0)
        {
            return new Dictionary<int, IReadOnlyList<string>>();
        }

        // "Referred by" is each contact's first referral, as in the credit rule; a few thousand pairs at most.
        var referredBy = (await db.Referrals.AsNoTracking().OrderBy(r => r.Id).Select(r => new { r.ReferredContactId, r.ReferrerId }).ToListAsync(cancellationToken))
            .DistinctBy(r => r.ReferredContactId).ToDictionary(r => r.ReferredContactId, r => r.ReferrerId);
        var names = await db.Contacts.AsNoTracking()
            .Where(c => db.Referrals.Any(r => r.ReferrerId == c.Id || r.ReferredContactId == c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return leads.GroupBy(l => l.CircleId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<string>)g.Select(l => LeadChains.Label(l.ReferrerId, l.ReferredContactId, referredBy, names)).Distinct().ToList());
    }

    public async Task<IReadOnlyList<CompanyReach>> TargetCompaniesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var targets = await db.Companies.AsNoTracking().Where(c => c.IsTarget).OrderBy(c => c.Name)
            .Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        var contacts = await (from m in db.ContactCircles
                              where m.IsPrimary && m.Contact.Company != null && m.Contact.Company.IsTarget
                              group m by new { CompanyId = m.Contact.CompanyId!.Value, m.CircleId } into g
                              select new { g.Key.CompanyId, g.Key.CircleId, Count = g.Count() }).ToListAsync(cancellationToken);
        var referrals = await db.Referrals.Where(r => r.Company != null && r.Company.IsTarget)
            .GroupBy(r => r.CompanyId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var leads = await db.JobLeads.Where(l => l.Company.IsTarget)
            .GroupBy(l => l.CompanyId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        return targets.Select(t => new CompanyReach(t.Id, t.Name,
                contacts.Where(c => c.CompanyId == t.Id).ToDictionary(c => c.CircleId, c => c.Count),
                referrals.GetValueOrDefault(t.Id), leads.GetValueOrDefault(t.Id)))
            .OrderByDescending(r => r.Unreached).ThenBy(r => r.Company, StringComparer.CurrentCulture)
            .ToList();
    }
}
