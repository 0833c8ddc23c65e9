using JobNetwork.Web.Features.Import;

namespace JobNetwork.Web.Features.Export;

/// <summary>
/// Checks that an export hangs together before anything is restored: unique ids, and every link pointing at a record
/// the file contains. Returns the first problem in words, or null.
/// </summary>
internal static class AccountExportValidator
{
    public static string? FindProblem(AccountExport export)
    {
        var circles = export.Circles.Select(c => c.Id).ToList();
        var companies = export.Companies.Select(c => c.Id).ToList();
        var contacts = export.Contacts.Select(c => c.Id).ToList();
        var referrals = export.Referrals.Select(r => r.Id).ToList();
        var circleIds = circles.ToHashSet();
        var companyIds = companies.ToHashSet();
        var contactIds = contacts.ToHashSet();
        var referralIds = referrals.ToHashSet();
        var leadIds = export.JobLeads.Select(l => l.Id).ToHashSet();

        if (circleIds.Count != circles.Count || companyIds.Count != companies.Count || contactIds.Count != contacts.Count
            || referralIds.Count != referrals.Count || export.Asks.Select(a => a.Id).Distinct().Count() != export.Asks.Count
            || export.JobLeads.Select(l => l.Id).Distinct().Count() != export.JobLeads.Count)
        {
            return "Two records of the same kind share an id.";
        }

        bool Known(HashSet<int> ids, int? id) => id is null || ids.Contains(id.Value);

        return Blank(export.Circles.Select(c => c.Name), "circle")
            ?? Blank(export.Companies.Select(c => c.Name), "company")
            ?? Blank(export.Contacts.Select(c => c.Name), "contact")
            ?? Blank(export.JobLeads.Select(l => l.Title), "job lead")
            ?? export.Contacts.Where(c => !Known(companyIds, c.CompanyId)).Select(c => $"Contact {c.Id} names a company that is not in the file.").FirstOrDefault()
            ?? export.Contacts.Where(c => (c.Memberships ?? []).Any(m => !circleIds.Contains(m.CircleId)))
                .Select(c => $"Contact {c.Id} is in a circle that is not in the file.").FirstOrDefault()
            ?? export.Contacts.Where(c => (c.Memberships ?? []).Count(m => m.IsPrimary) > 1)
                .Select(c => $"Contact {c.Id} has more than one primary circle.").FirstOrDefault()
            ?? export.Asks.Where(a => !contactIds.Contains(a.ContactId)).Select(a => $"Ask {a.Id} is for a contact that is not in the file.").FirstOrDefault()
            ?? export.Referrals.Where(r => !contactIds.Contains(r.ReferrerId) || !contactIds.Contains(r.ReferredContactId) || !Known(companyIds, r.CompanyId))
                .Select(r => $"Referral {r.Id} links to a contact or company that is not in the file.").FirstOrDefault()
            ?? export.JobLeads.Where(l => !companyIds.Contains(l.CompanyId) || !Known(contactIds, l.SourceContactId)
                    || !Known(contactIds, l.InterviewerContactId) || !Known(referralIds, l.ReferralId))
                .Select(l => $"Job lead {l.Id} links to a record that is not in the file.").FirstOrDefault()
            ?? export.JobLeads.Where(l => !Enum.IsDefined(l.AdvertisingOrFromOldFile))
                .Select(l => $"Job lead {l.Id} says it was advertised in a way this version does not know.").FirstOrDefault()
            ?? (export.ThankYous ?? []).Where(t => !referralIds.Contains(t.ReferralId) || !contactIds.Contains(t.ReferrerId)
                    || !Known(leadIds, t.JobLeadId) || string.IsNullOrWhiteSpace(t.EventKey))
                .Select(t => $"A thank-you for referral {t.ReferralId} links to a record that is not in the file.").FirstOrDefault()
            ?? (export.DailySuggestions ?? []).Where(s => !Known(contactIds, s.ContactId))
                .Select(s => $"A suggestion for {s.Day:yyyy-MM-dd} is for a contact that is not in the file.").FirstOrDefault()
            ?? ((export.ColumnMappings ?? []).Any(m => string.IsNullOrWhiteSpace(m.HeaderSignature) || m.HeaderSignature.Length > SavedColumnMapping.SignatureMaxLength
                    || m.MappingJson is null || m.MappingJson.Length > SavedColumnMapping.MappingJsonMaxLength)
                ? "A remembered column mapping in the file is empty or too long." : null)
            ?? CallSetupProblem(export);
    }

    /// <summary>Script templates: one per known situation. Searches: named, and no two starting on the same day.</summary>
    private static string? CallSetupProblem(AccountExport export)
    {
        var templates = export.ScriptTemplates ?? [];
        var searches = export.Searches ?? [];
        if (templates.Any(t => !Enum.IsDefined(t.Situation)))
        {
            return "A script template in the file is for a situation this version does not know.";
        }

        if (templates.Select(t => t.Situation).Distinct().Count() != templates.Count)
        {
            return "Two script templates in the file are for the same situation.";
        }

        return Blank(searches.Select(s => s.Name), "job search")
            ?? (searches.Select(s => s.StartsOn).Distinct().Count() != searches.Count ? "Two job searches in the file start on the same day." : null);
    }

    private static string? Blank(IEnumerable<string?> names, string kind) =>
        names.Any(string.IsNullOrWhiteSpace) ? $"A {kind} in the file has no name." : null;
}
