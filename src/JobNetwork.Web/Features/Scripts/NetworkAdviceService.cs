using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Scripts;

/// <summary>An agency string whose focus does not cover what the user is looking for.</summary>
public sealed record AgencyMismatch(int CircleId, string Name, string Focus, string LookingFor);

public sealed record NetworkAdvice(IReadOnlyList<AgencyMismatch> AgencyMismatches, ConcentrationAdvice? Concentration)
{
    public bool Any => AgencyMismatches.Count > 0 || Concentration is not null;
}

/// <summary>Advice about the shape of the network, shown on the dashboard and Today: agencies that don't fit, and relying on one string.</summary>
public sealed class NetworkAdviceService(IDbContextFactory<AppDbContext> contextFactory, UserClock userClock)
{
    public async Task<NetworkAdvice> GetAsync(CancellationToken cancellationToken)
    {
        var today = await userClock.TodayAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var mismatches = await AgencyMismatchesAsync(db, cancellationToken);

        var since = today.AddDays(-(StringConcentrationRule.WindowDays - 1));
        var strings = await db.Circles.AsNoTracking().Where(c => c.IsPluggedIn)
            .Select(c => new StringActivity(
                c.Id,
                c.Name,
                c.Memberships.Count,
                db.Asks.Count(a => a.AskedOn >= since && a.AskedOn <= today && a.Contact.Memberships.Any(m => m.IsPrimary && m.CircleId == c.Id)),
                db.Asks.Where(a => a.Contact.Memberships.Any(m => m.IsPrimary && m.CircleId == c.Id)).Max(a => (DateOnly?)a.AskedOn)))
            .ToListAsync(cancellationToken);
        return new NetworkAdvice(mismatches, StringConcentrationRule.Check(strings));
    }

    /// <summary>Plugged-in agency strings whose focus is a clear mismatch with the profile's roles and industries.</summary>
    public static async Task<List<AgencyMismatch>> AgencyMismatchesAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var profile = await db.JobSearchProfiles.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        if (profile is null || (profile.RolesSought is null && profile.Industries is null))
        {
            return [];
        }

        var agencies = await db.Circles.AsNoTracking()
            .Where(c => c.IsPluggedIn && c.Kind == CircleKind.RecruiterOrAgency && c.Focus != null)
            .OrderBy(c => c.Name).Select(c => new { c.Id, c.Name, c.Focus }).ToListAsync(cancellationToken);
        var lookingFor = profile.RolesSought ?? profile.Industries!;
        return agencies.Where(a => AgencyFocusRule.Match(a.Focus, profile.RolesSought, profile.Industries) == FocusFit.Mismatch)
            .Select(a => new AgencyMismatch(a.Id, a.Name, a.Focus!, lookingFor)).ToList();
    }
}
