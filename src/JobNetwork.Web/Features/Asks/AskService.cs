using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Asks;

public sealed record AskRow(int Id, DateOnly AskedOn, AskChannel Channel, string Question, AskOutcome Outcome, string? Notes, DateOnly? FollowUpOn);

public sealed record NextPerson(int Id, string Name, string CircleName, string Reason);

public sealed class AskService(IDbContextFactory<AppDbContext> contextFactory, UserClock userClock, TimeProvider clock)
{
    public async Task<SaveResult> LogAsync(int contactId, AskForm form, CancellationToken cancellationToken)
    {
        var today = await userClock.TodayAsync(cancellationToken);
        var askedOn = DateOnly.FromDateTime(form.AskedOn ?? today.ToDateTime(TimeOnly.MinValue));
        if (askedOn > today)
        {
            return SaveResult.Invalid("An ask can't be logged for a day that hasn't happened yet. Choose today or an earlier day.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Contacts.AnyAsync(c => c.Id == contactId, cancellationToken))
        {
            return SaveResult.NotFound();
        }

        var ask = new Ask
        {
            ContactId = contactId,
            AskedOn = askedOn,
            Channel = form.Channel,
            Question = form.Question.Trim(),
            Outcome = form.Outcome,
            Notes = string.IsNullOrWhiteSpace(form.Notes) ? null : form.Notes.Trim(),
            FollowUpOn = form.FollowUpOn is { } f ? DateOnly.FromDateTime(f) : null,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Asks.Add(ask);
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Saved(ask.Id);
    }

    public async Task<bool> SetOutcomeAsync(int askId, AskOutcome outcome, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ask = await db.Asks.FirstOrDefaultAsync(a => a.Id == askId, cancellationToken);
        if (ask is null)
        {
            return false;
        }

        ask.Outcome = outcome;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<AskRow>> ForContactAsync(int contactId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Asks.AsNoTracking().Where(a => a.ContactId == contactId)
            .OrderByDescending(a => a.AskedOn).ThenByDescending(a => a.Id)
            .Select(a => new AskRow(a.Id, a.AskedOn, a.Channel, a.Question, a.Outcome, a.Notes, a.FollowUpOn))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// After a refusal, the next person to try in the same string: people never asked first (those known well
    /// before others), then those asked longest ago. One refusal is no reason to stop.
    /// </summary>
    public async Task<NextPerson?> NextToTryAsync(int afterContactId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var circle = await db.ContactCircles.AsNoTracking()
            .Where(m => m.ContactId == afterContactId && m.IsPrimary && m.Circle.IsPluggedIn)
            .Select(m => new { m.CircleId, m.Circle.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (circle is null)
        {
            return null;
        }

        var candidate = await db.Contacts.AsNoTracking()
            .Where(c => c.Id != afterContactId && c.Memberships.Any(m => m.CircleId == circle.CircleId))
            .Select(c => new { c.Id, c.Name, c.Closeness, LastAsked = c.Asks.Max(a => (DateOnly?)a.AskedOn) })
            .OrderBy(c => c.LastAsked != null).ThenBy(c => c.LastAsked).ThenBy(c => c.Closeness).ThenBy(c => c.Name)
            .FirstOrDefaultAsync(cancellationToken);
        if (candidate is null)
        {
            return null;
        }

        var reason = candidate.LastAsked is null
            ? $"You haven't asked {candidate.Name} yet."
            : $"You last asked {candidate.Name} on {candidate.LastAsked:d MMM yyyy}.";
        return new NextPerson(candidate.Id, candidate.Name, circle.Name, reason);
    }
}
