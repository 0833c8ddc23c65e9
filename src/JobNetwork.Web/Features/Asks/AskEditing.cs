using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Asks;

/// <summary>Correcting a logged ask: every field, with the concurrency token so two tabs never overwrite each other.</summary>
public sealed class AskEditing(IDbContextFactory<AppDbContext> contextFactory, UserClock userClock)
{
    /// <summary>The ask as a form, with its version; null when it doesn't exist (or is another user's, or in the Trash).</summary>
    public async Task<AskForm?> GetFormAsync(int askId, CancellationToken cancellationToken) =>
        await GetAsync(askId, cancellationToken) is { } ask ? AskForm.From(ask) : null;

    /// <summary>The ask as stored, untracked; null when it doesn't exist (or is another user's, or in the Trash).</summary>
    public async Task<Ask?> GetAsync(int askId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Asks.AsNoTracking().FirstOrDefaultAsync(a => a.Id == askId, cancellationToken);
    }

    public async Task<SaveResult> UpdateAsync(int askId, AskForm form, CancellationToken cancellationToken)
    {
        var today = await userClock.TodayAsync(cancellationToken);
        var askedOn = DateOnly.FromDateTime(form.AskedOn ?? today.ToDateTime(TimeOnly.MinValue));
        if (askedOn > today)
        {
            return SaveResult.Invalid("An ask can't be logged for a day that hasn't happened yet. Choose today or an earlier day.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ask = await db.Asks.FirstOrDefaultAsync(a => a.Id == askId, cancellationToken);
        if (ask is null)
        {
            return SaveResult.NotFound();
        }

        db.Entry(ask).Property(a => a.Version).OriginalValue = form.Version;
        form.CopyTo(ask, askedOn);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveResult.ChangedElsewhere();
        }

        form.Version = ask.Version;
        return SaveResult.Saved(ask.Id);
    }
}
