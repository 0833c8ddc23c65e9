using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Circles;

public sealed record CircleSummary(
    int Id, string Name, CircleKind Kind, string? Description, string? Focus, DateOnly PluggedInOn,
    bool IsPluggedIn, int? CadenceDays, int ContactCount);

public sealed class CircleService(IDbContextFactory<AppDbContext> contextFactory, SettingsService settings, TimeProvider clock)
{
    public async Task<IReadOnlyList<CircleSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Circles.AsNoTracking()
            .OrderByDescending(c => c.IsPluggedIn).ThenBy(c => c.PluggedInOn).ThenBy(c => c.Id)
            .Select(c => new CircleSummary(c.Id, c.Name, c.Kind, c.Description, c.Focus, c.PluggedInOn, c.IsPluggedIn,
                c.CadenceDays, c.Memberships.Count))
            .ToListAsync(cancellationToken);
    }

    public async Task<Circle?> GetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Circles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
    }

    public async Task<SaveResult> SaveAsync(int? id, CircleForm form, CancellationToken cancellationToken)
    {
        var today = await TodayAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        Circle? circle;
        if (id is null)
        {
            circle = new Circle { CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
            db.Circles.Add(circle);
        }
        else
        {
            circle = await db.Circles.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (circle is null)
            {
                return SaveResult.NotFound();
            }

            db.Entry(circle).Property(c => c.Version).OriginalValue = form.Version;
        }

        form.CopyTo(circle, today);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveResult.ChangedElsewhere();
        }

        form.Version = circle.Version;
        return SaveResult.Saved(circle.Id);
    }

    /// <summary>Onboarding: plug in the first strings in the order that works, one circle per ticked kind.</summary>
    public async Task<int> CreateStarterCirclesAsync(IEnumerable<CircleKind> kinds, CancellationToken cancellationToken)
    {
        var today = await TodayAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var existing = await db.Circles.Select(c => c.Kind).ToListAsync(cancellationToken);
        var created = 0;
        foreach (var kind in kinds.Distinct().Where(k => !existing.Contains(k)))
        {
            db.Circles.Add(new Circle
            {
                Name = kind.Label(),
                Kind = kind,
                PluggedInOn = today,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            });
            created++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return created;
    }

    public async Task<bool> SetPluggedInAsync(int id, bool pluggedIn, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var circle = await db.Circles.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (circle is null)
        {
            return false;
        }

        circle.IsPluggedIn = pluggedIn;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<DateOnly> TodayAsync(CancellationToken cancellationToken)
    {
        var zone = await settings.GetTimeZoneAsync(cancellationToken);
        return UserClock.Today(zone, clock);
    }
}
