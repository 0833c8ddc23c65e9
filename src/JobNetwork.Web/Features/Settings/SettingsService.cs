using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Settings;

public enum SaveOutcome
{
    Saved,
    ChangedElsewhere,
    Invalid,
}

public sealed class SettingsService(IDbContextFactory<AppDbContext> contextFactory, InstanceDefaults? defaults = null)
{
    /// <summary>The signed-in user's settings; defaults (not yet saved) for a new account.</summary>
    public async Task<JobSearchSettings> GetAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.JobSearchSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new JobSearchSettings { TimeZoneId = (defaults ?? InstanceDefaults.Utc).TimeZoneId };
    }

    public async Task<TimeZoneInfo> GetTimeZoneAsync(CancellationToken cancellationToken) =>
        FindTimeZone((await GetAsync(cancellationToken)).TimeZoneId);

    public async Task<SaveOutcome> SaveAsync(SettingsForm form, CancellationToken cancellationToken)
    {
        if (!IsKnownTimeZone(form.TimeZoneId))
        {
            return SaveOutcome.Invalid;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var settings = await db.JobSearchSettings.FirstOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new JobSearchSettings();
            db.JobSearchSettings.Add(settings);
        }
        else
        {
            // Compare against the version the form was loaded with, so a save from a stale tab is refused.
            db.Entry(settings).Property(s => s.Version).OriginalValue = form.Version;
        }

        form.CopyTo(settings);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveOutcome.ChangedElsewhere;
        }

        form.Version = settings.Version;
        return SaveOutcome.Saved;
    }

    public static bool IsKnownTimeZone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    public static TimeZoneInfo FindTimeZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
