using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Today;

/// <summary>A thank-you due today, with who to thank.</summary>
public sealed record ThankYouRow(int Id, int ReferrerId, string ReferrerName, string Text, DateTime CreatedAtUtc);

/// <summary>
/// The thank-yous Today shows: open ones whose snooze has run out, for introductions that are not in the Trash.
/// Done, Snooze and Skip work like the other suggestions; none of them logs an ask.
/// </summary>
public sealed class ThankYouService(IDbContextFactory<AppDbContext> contextFactory, UserClock userClock, TimeProvider clock)
{
    public async Task<IReadOnlyList<ThankYouRow>> DueAsync(CancellationToken cancellationToken)
    {
        var today = await userClock.TodayAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // Joined through the referral, so a trashed introduction hides its thank-you and a merge that moved the
        // referral to the kept contact names that contact.
        return await db.ThankYous.AsNoTracking()
            .Where(t => t.Status == ThankYouStatus.Open && (t.SnoozedUntil == null || t.SnoozedUntil <= today))
            .Join(db.Referrals, t => t.ReferralId, r => r.Id, (t, r) => new { t, r.ReferrerId, ReferrerName = r.Referrer.Name })
            .OrderBy(x => x.t.CreatedAtUtc).ThenBy(x => x.t.Id)
            .Select(x => new ThankYouRow(x.t.Id, x.ReferrerId, x.ReferrerName, x.t.Text, x.t.CreatedAtUtc))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The user thanked them. Not an ask: nothing is added to the referrer's asks.</summary>
    public Task<bool> MarkDoneAsync(int id, CancellationToken cancellationToken) =>
        UpdateAsync(id, t => { t.Status = ThankYouStatus.Done; t.ClosedAtUtc = clock.GetUtcNow().UtcDateTime; }, cancellationToken);

    /// <summary>Not today: back on tomorrow's list.</summary>
    public async Task<bool> SnoozeAsync(int id, CancellationToken cancellationToken)
    {
        var tomorrow = (await userClock.TodayAsync(cancellationToken)).AddDays(1);
        return await UpdateAsync(id, t => t.SnoozedUntil = tomorrow, cancellationToken);
    }

    /// <summary>Not this one: it does not come back.</summary>
    public Task<bool> SkipAsync(int id, CancellationToken cancellationToken) =>
        UpdateAsync(id, t => { t.Status = ThankYouStatus.Skipped; t.ClosedAtUtc = clock.GetUtcNow().UtcDateTime; }, cancellationToken);

    private async Task<bool> UpdateAsync(int id, Action<ThankYou> change, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var thankYou = await db.ThankYous.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (thankYou is null)
        {
            return false;
        }

        change(thankYou);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Two tabs pressed a button on the same card: the other one's choice stands.
        }

        return true;
    }
}
