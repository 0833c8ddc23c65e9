using System.Text.Json;
using JobNetwork.Web.Features.Export;

namespace JobNetwork.Tests.Features.Export;

/// <summary>An export with every id replaced by the name of what it points at, so two accounts' exports can be compared.</summary>
public static class AccountExportCanon
{
    public static string Of(AccountExport export)
    {
        var circles = export.Circles.ToDictionary(c => c.Id, c => c.Name);
        var companies = export.Companies.ToDictionary(c => c.Id, c => c.Name);
        var contacts = export.Contacts.ToDictionary(c => c.Id, c => c.Name);
        var referrals = export.Referrals.ToDictionary(r => r.Id, r => $"{contacts[r.ReferrerId]} -> {contacts[r.ReferredContactId]}");
        string? Name(Dictionary<int, string> names, int? id) => id is { } key ? names[key] : null;

        var canon = new
        {
            export.Settings,
            Circles = export.Circles.Select(c => c with { Id = 0 }).OrderBy(c => c.Name),
            Companies = export.Companies.Select(c => c with { Id = 0 }).OrderBy(c => c.Name),
            Contacts = export.Contacts.OrderBy(c => c.Name).Select(c => new
            {
                Contact = c with { Id = 0, CompanyId = null, Memberships = null, Tags = null },
                Company = Name(companies, c.CompanyId),
                Circles = c.Memberships!.Select(m => $"{circles[m.CircleId]} {m.IsPrimary}").Order(),
                c.Tags,
            }),
            Asks = export.Asks.Select(a => new { Ask = a with { Id = 0, ContactId = 0 }, Contact = contacts[a.ContactId] }).OrderBy(a => a.Contact).ThenBy(a => a.Ask.AskedOn),
            Referrals = export.Referrals.Select(r => new { Referral = r with { Id = 0, ReferrerId = 0, ReferredContactId = 0, CompanyId = null, History = null }, r.History, Link = referrals[r.Id], Company = Name(companies, r.CompanyId) })
                .OrderBy(r => r.Link),
            Leads = export.JobLeads.Select(l => new
            {
                Lead = l with { Id = 0, CompanyId = 0, SourceContactId = null, ReferralId = null, InterviewerContactId = null, History = null },
                Company = companies[l.CompanyId],
                Source = Name(contacts, l.SourceContactId),
                Referral = Name(referrals, l.ReferralId),
                Interviewer = Name(contacts, l.InterviewerContactId),
                l.History,
            }).OrderBy(l => l.Lead.Title),
            ColumnMappings = export.ColumnMappings ?? [],
            ThankYous = (export.ThankYous ?? []).Select(t => new
            {
                // A lead's id is part of its event key; both are replaced by the lead's title.
                ThankYou = t with { ReferralId = 0, ReferrerId = 0, JobLeadId = null, EventKey = t.JobLeadId is null ? t.EventKey : "lead" },
                Referral = referrals[t.ReferralId],
                Referrer = contacts[t.ReferrerId],
                Lead = t.JobLeadId is { } lead ? export.JobLeads.Single(l => l.Id == lead).Title : null,
            }).OrderBy(t => t.ThankYou.CreatedAtUtc),
            export.Profile,
            ScriptTemplates = export.ScriptTemplates ?? [],
            Searches = export.Searches ?? [],
            Suggestions = export.DailySuggestions?.Select(s => new { Suggestion = s with { ContactId = null }, Contact = Name(contacts, s.ContactId) }),
        };
        return JsonSerializer.Serialize(canon, ExportJson.Options);
    }
}
