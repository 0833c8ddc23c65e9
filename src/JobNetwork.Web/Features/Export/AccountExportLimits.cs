using System.Collections;
using System.Globalization;
using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore.Metadata;

namespace JobNetwork.Web.Features.Export;

/// <summary>
/// Bounds a restore file before anything is written: how many records of each kind, and every text no longer than
/// the column it goes into. Lengths come from the EF model (the same limits the forms use), matched by property name,
/// so a field added to both the entity and the export is checked without being listed here.
/// </summary>
public static class AccountExportLimits
{
    /// <summary>Records of one kind; far above a real network, low enough that one file cannot flood the database.</summary>
    public const int MaxRecordsPerKind = 200_000;

    /// <summary>Circles, tags or status changes on one record.</summary>
    public const int MaxItemsPerRecord = 1_000;

    public static string? FindProblem(AccountExport export, IModel model) =>
        Check(export.Circles, "circles", typeof(Circle), model)
        ?? Check(export.Companies, "companies", typeof(Company), model)
        ?? Check(export.Contacts, "contacts", typeof(Contact), model)
        ?? Check(export.Asks, "asks", typeof(Ask), model)
        ?? Check(export.Referrals, "referrals", typeof(Referral), model)
        ?? Check(export.JobLeads, "job leads", typeof(JobLead), model)
        ?? Check(export.DailySuggestions ?? [], "daily suggestions", typeof(DailySuggestion), model)
        ?? Check(export.ThankYous ?? [], "thank-yous", typeof(ThankYou), model)
        ?? export.Contacts.Where(c => (c.Memberships?.Count ?? 0) > MaxItemsPerRecord || (c.Tags?.Count ?? 0) > MaxItemsPerRecord)
            .Select(c => Invariant($"Contact {c.Id} has more than {MaxItemsPerRecord:N0} circles or tags.")).FirstOrDefault()
        ?? export.Contacts.SelectMany(c => (c.Tags ?? []).Select(t => (c.Id, Tag: t)))
            .Where(t => t.Tag is null || t.Tag.Length > ContactTag.NameMaxLength)
            .Select(t => Invariant($"A tag of contact {t.Id} is empty or longer than {ContactTag.NameMaxLength} characters.")).FirstOrDefault()
        ?? export.JobLeads.Where(l => (l.History?.Count ?? 0) > MaxItemsPerRecord)
            .Select(l => Invariant($"Job lead {l.Title} has more than {MaxItemsPerRecord:N0} status changes.")).FirstOrDefault()
        ?? ((export.ColumnMappings?.Count ?? 0) > MaxItemsPerRecord ? Invariant($"The file has more than {MaxItemsPerRecord:N0} column mappings.") : null)
        ?? ((export.ScriptTemplates?.Count ?? 0) > MaxItemsPerRecord ? Invariant($"The file has more than {MaxItemsPerRecord:N0} script templates.") : null)
        ?? ((export.Searches?.Count ?? 0) > MaxItemsPerRecord ? Invariant($"The file has more than {MaxItemsPerRecord:N0} job searches.") : null)
        ?? Check(export.ScriptTemplates ?? [], "script templates", typeof(ScriptTemplate), model)
        ?? Check(export.Searches ?? [], "job searches", typeof(JobSearch), model)
        ?? Check(export.Profile is null ? [] : new List<JobSearchProfileExport> { export.Profile }, "the job-search profile", typeof(JobSearchProfile), model);

    private static string? Check(IList records, string kind, Type entity, IModel model)
    {
        if (records.Count > MaxRecordsPerKind)
        {
            return Invariant($"The file has {records.Count:N0} {kind}; at most {MaxRecordsPerKind:N0} can be restored.");
        }

        var entityType = model.FindEntityType(entity);
        if (entityType is null || records.Count == 0)
        {
            return null;
        }

        var recordType = records[0]!.GetType();
        var limited = recordType.GetProperties()
            .Where(p => p.PropertyType == typeof(string))
            .Select(p => (Property: p, Max: entityType.FindProperty(p.Name)?.GetMaxLength()))
            .Where(p => p.Max is not null)
            .ToList();
        foreach (var record in records)
        {
            foreach (var (property, max) in limited)
            {
                if (property.GetValue(record) is string value && value.Length > max)
                {
                    return Invariant($"A record in {kind} has a {property.Name} longer than {max:N0} characters.");
                }
            }
        }

        return null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
