using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Scripts;

/// <summary>The signed-in user's job-search profile and their own script templates.</summary>
public sealed class ProfileService(IDbContextFactory<AppDbContext> contextFactory)
{
    public async Task<ProfileForm> GetAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return ProfileForm.From(await db.JobSearchProfiles.AsNoTracking().FirstOrDefaultAsync(cancellationToken));
    }

    public async Task<SaveOutcome> SaveAsync(ProfileForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var profile = await db.JobSearchProfiles.FirstOrDefaultAsync(cancellationToken);
        if (profile is null)
        {
            profile = new JobSearchProfile();
            db.JobSearchProfiles.Add(profile);
        }
        else
        {
            // Compare against the version the form was loaded with, so a save from a stale tab is refused.
            db.Entry(profile).Property(p => p.Version).OriginalValue = form.Version;
        }

        form.CopyTo(profile);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveOutcome.ChangedElsewhere;
        }
        catch (DbUpdateException)
        {
            // Two first saves raced on the one-profile-per-account index.
            return SaveOutcome.ChangedElsewhere;
        }

        form.Version = profile.Version;
        return SaveOutcome.Saved;
    }

    /// <summary>The user's own wording per situation; situations left out use the default.</summary>
    public async Task<IReadOnlyDictionary<ScriptSituation, string>> TemplatesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ScriptTemplates.AsNoTracking().ToDictionaryAsync(t => t.Situation, t => t.Text, cancellationToken);
    }

    /// <summary>Saves the user's wording; blank text or the default's exact words go back to the default.</summary>
    public async Task<SaveOutcome> SaveTemplateAsync(ScriptSituation situation, string? text, CancellationToken cancellationToken)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length > ScriptTemplate.TextMaxLength || !Enum.IsDefined(situation))
        {
            return SaveOutcome.Invalid;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var existing = await db.ScriptTemplates.FirstOrDefaultAsync(t => t.Situation == situation, cancellationToken);
        var backToDefault = trimmed.Length == 0 || trimmed == ScriptDefaults.For(situation);
        if (backToDefault)
        {
            if (existing is not null)
            {
                db.ScriptTemplates.Remove(existing);
            }
        }
        else if (existing is null)
        {
            db.ScriptTemplates.Add(new ScriptTemplate { Situation = situation, Text = trimmed });
        }
        else
        {
            existing.Text = trimmed;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return SaveOutcome.ChangedElsewhere;
        }

        return SaveOutcome.Saved;
    }
}
