using System.Text.Json;
using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Export;

/// <summary>What a restore did, or why it did nothing.</summary>
public sealed record JsonImportResult(bool Succeeded, string? Message, int Circles = 0, int Companies = 0, int Contacts = 0, int Asks = 0,
    int Referrals = 0, int JobLeads = 0, int DailySuggestions = 0)
{
    internal static JsonImportResult Refused(string message) => new(false, message);
}

/// <summary>
/// Restores a <see cref="JsonExportService"/> file into the signed-in user's account, which must be empty: records get
/// new ids and the links between them are kept. All or nothing.
/// </summary>
public sealed class JsonImportService(IDbContextFactory<AppDbContext> contextFactory)
{
    /// <summary>Far above any real network's export, low enough that a stray upload cannot exhaust memory.</summary>
    public const int MaxBytes = 50 * 1024 * 1024;

    public async Task<JsonImportResult> ImportIntoEmptyAccountAsync(Stream json, CancellationToken cancellationToken)
    {
        var export = await ReadAsync(json, cancellationToken);
        if (export.Problem is not null)
        {
            return JsonImportResult.Refused(export.Problem);
        }

        var file = export.Export!;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (AccountExportLimits.FindProblem(file, db.Model) is { } tooMuch)
        {
            return JsonImportResult.Refused($"The file was not restored: {tooMuch}");
        }

        if (AccountExportValidator.FindProblem(file) is { } problem)
        {
            return JsonImportResult.Refused($"The file is damaged and was not restored: {problem}");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Contacts.AnyAsync(cancellationToken) || await db.Circles.AnyAsync(cancellationToken)
            || await db.Companies.AnyAsync(cancellationToken) || await db.JobLeads.AnyAsync(cancellationToken))
        {
            return JsonImportResult.Refused(
                "This account already has contacts, circles, companies or job leads. A backup can only be restored into an empty account, so nothing was changed.");
        }

        await RestoreSettingsAsync(db, file.Settings, cancellationToken);
        var restorer = new AccountRestorer(db);
        restorer.AddAll(file);
        await db.SaveChangesAsync(cancellationToken);
        var suggestions = file.DailySuggestions ?? [];
        restorer.AddDailySuggestions(suggestions);
        restorer.AddThankYous(file.ThankYous ?? []);
        var remembered = (await db.SavedColumnMappings.Select(m => m.HeaderSignature).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        restorer.AddColumnMappings(file.ColumnMappings ?? [], remembered);
        await RestoreProfileAsync(db, file.Profile, cancellationToken);
        restorer.AddScriptTemplates(file.ScriptTemplates ?? [], (await db.ScriptTemplates.Select(t => t.Situation).ToListAsync(cancellationToken)).ToHashSet());
        restorer.AddSearches(file.Searches ?? [], (await db.JobSearches.Select(s => s.StartsOn).ToListAsync(cancellationToken)).ToHashSet());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new JsonImportResult(true, null, file.Circles.Count, file.Companies.Count, file.Contacts.Count, file.Asks.Count, file.Referrals.Count,
            file.JobLeads.Count, suggestions.Count);
    }

    private static async Task<(AccountExport? Export, string? Problem)> ReadAsync(Stream json, CancellationToken cancellationToken)
    {
        const string NotAnExport = "This is not a JobNetwork export file.";
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await json.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return (null, $"The file is larger than {MaxBytes / 1024 / 1024} MB, so it is not a JobNetwork export.");
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            buffer.Position = 0;
            // Streamed from the buffer so a user leaving the page stops the parse.
            var export = await JsonSerializer.DeserializeAsync<AccountExport>(buffer, ExportJson.Options, cancellationToken);
            if (export is null || export.Format != AccountExport.FormatName)
            {
                return (null, NotAnExport);
            }

            return export.FormatVersion > AccountExport.CurrentFormatVersion
                ? (null, "This export was made by a newer version of JobNetwork. Update this instance, then restore it.")
                : (export, null);
        }
        catch (JsonException)
        {
            return (null, NotAnExport);
        }
    }

    /// <summary>The file's profile replaces the (empty) account's, as the settings do; a file without one leaves it alone.</summary>
    private static async Task RestoreProfileAsync(AppDbContext db, JobSearchProfileExport? exported, CancellationToken cancellationToken)
    {
        if (exported is null)
        {
            return;
        }

        var profile = await db.JobSearchProfiles.FirstOrDefaultAsync(cancellationToken);
        if (profile is null)
        {
            profile = new JobSearchProfile();
            db.JobSearchProfiles.Add(profile);
        }

        profile.RolesSought = Clean(exported.RolesSought);
        profile.Industries = Clean(exported.Industries);
        profile.Locations = Clean(exported.Locations);
        profile.Pitch = Clean(exported.Pitch);

        static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static async Task RestoreSettingsAsync(AppDbContext db, SettingsExport? exported, CancellationToken cancellationToken)
    {
        if (exported is null)
        {
            return;
        }

        var settings = await db.JobSearchSettings.FirstOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new JobSearchSettings();
            db.JobSearchSettings.Add(settings);
        }

        // Kept within what the Settings page allows, so a hand-edited file cannot store values the app never expects.
        settings.ActiveLeadsGoal = Math.Clamp(exported.ActiveLeadsGoal, 1, 100);
        settings.TimeZoneId = SettingsService.IsKnownTimeZone(exported.TimeZoneId ?? "") ? exported.TimeZoneId! : "UTC";
        settings.SearchStartDate = exported.SearchStartDate;
        settings.SuggestionsPerDay = Math.Clamp(exported.SuggestionsPerDay, 1, 5);
        settings.EmailDigestEnabled = exported.EmailDigestEnabled;
        settings.EmailDigestHour = Math.Clamp(exported.EmailDigestHour, 0, 23);
        settings.WebhookUrl = HttpUrlAttribute.IsHttpUrl(exported.WebhookUrl) ? exported.WebhookUrl!.Trim() : null;
    }
}
