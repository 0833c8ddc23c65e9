using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Today;

/// <summary>
/// Adds the thank-you owed to a referrer when their introduction moves. Called by the referral and lead moves on
/// their own context, so the thank-you is saved with the move or not at all, and only once per event.
/// </summary>
internal static class ClosingTheLoop
{
    /// <summary>The user talked to the person the referrer named.</summary>
    public static async Task ReferralMovedAsync(AppDbContext db, int referralId, ReferralStatus to, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (to != ReferralStatus.Talked)
        {
            return;
        }

        var chain = await ChainAsync(db, referralId, cancellationToken);
        if (chain is not null)
        {
            await AddOnceAsync(db, referralId, chain.ReferrerId, null, ThankYouText.TalkedEvent,
                ThankYouText.Talked(chain.Referrer, chain.Referred), nowUtc, cancellationToken);
        }
    }

    /// <summary>A lead that came from an introduction reached an interview, an offer or a turn-down.</summary>
    public static async Task LeadMovedAsync(AppDbContext db, JobLead lead, JobLeadStatus to, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (lead.ReferralId is not { } referralId || !ThankYouText.IsLeadEvent(to))
        {
            return;
        }

        var chain = await ChainAsync(db, referralId, cancellationToken);
        var companyName = await db.Companies.Where(c => c.Id == lead.CompanyId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
        if (chain is not null)
        {
            await AddOnceAsync(db, referralId, chain.ReferrerId, lead.Id, ThankYouText.LeadEventKey(lead.Id, to),
                ThankYouText.LeadMoved(chain.Referrer, chain.Referred, lead.Title, companyName ?? "the company", to), nowUtc, cancellationToken);
        }
    }

    private sealed record Chain(int ReferrerId, string Referrer, string Referred);

    private static Task<Chain?> ChainAsync(AppDbContext db, int referralId, CancellationToken cancellationToken) =>
        db.Referrals.AsNoTracking().Where(r => r.Id == referralId)
            .Select(r => new Chain(r.ReferrerId, r.Referrer.Name, r.ReferredContact.Name))
            .FirstOrDefaultAsync(cancellationToken);

    private static async Task AddOnceAsync(AppDbContext db, int referralId, int referrerId, int? leadId, string eventKey, string text,
        DateTime nowUtc, CancellationToken cancellationToken)
    {
        // Trashed or not, an event that already made a thank-you never makes a second one.
        if (await db.ThankYous.AnyAsync(t => t.ReferralId == referralId && t.EventKey == eventKey, cancellationToken))
        {
            return;
        }

        db.ThankYous.Add(new ThankYou
        {
            ReferralId = referralId, ReferrerId = referrerId, JobLeadId = leadId, EventKey = eventKey, Text = text, CreatedAtUtc = nowUtc,
        });
    }
}
