using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.Import;

namespace JobNetwork.Web.Features.Export;

/// <summary>
/// Adds the records of a validated export to a context, linked by navigation so the database gives them new ids; the
/// file's ids are only used to find which record a link points at.
/// </summary>
internal sealed class AccountRestorer(AppDbContext db)
{
    private readonly Dictionary<int, Circle> circles = [];
    private readonly Dictionary<int, Company> companies = [];
    private readonly Dictionary<int, Contact> contacts = [];
    private readonly Dictionary<int, Referral> referrals = [];
    private readonly Dictionary<int, JobLead> leads = [];

    public void AddAll(AccountExport export)
    {
        foreach (var c in export.Circles)
        {
            circles[c.Id] = Add(new Circle
            {
                Name = c.Name.Trim(), Kind = c.Kind, Description = c.Description, Focus = c.Focus, PluggedInOn = c.PluggedInOn,
                IsPluggedIn = c.IsPluggedIn, CadenceDays = c.CadenceDays, CreatedAtUtc = c.CreatedAtUtc,
            });
        }

        foreach (var c in export.Companies)
        {
            companies[c.Id] = Add(new Company
            {
                Name = c.Name.Trim(), Website = c.Website, Industry = c.Industry, Location = c.Location, Notes = c.Notes, IsTarget = c.IsTarget,
                CreatedAtUtc = c.CreatedAtUtc,
            });
        }

        foreach (var c in export.Contacts)
        {
            var contact = new Contact
            {
                Name = c.Name.Trim(), HowWeMet = c.HowWeMet, Closeness = c.Closeness, Company = Find(companies, c.CompanyId), Title = c.Title,
                Email = c.Email, Phone = c.Phone, PhoneNormalized = PhoneNumberNormalizer.Normalize(c.Phone), LinkedInUrl = c.LinkedInUrl,
                Location = c.Location, Notes = c.Notes, NextFollowUpOn = c.NextFollowUpOn, CreatedAtUtc = c.CreatedAtUtc,
            };
            contact.Memberships.AddRange((c.Memberships ?? []).DistinctBy(m => m.CircleId)
                .Select(m => new ContactCircle { Circle = circles[m.CircleId], IsPrimary = m.IsPrimary }));
            contact.Tags.AddRange(ContactTags.CleanAll(c.Tags ?? []).Select(name => new ContactTag { Name = name }));
            contacts[c.Id] = Add(contact);
        }

        foreach (var a in export.Asks)
        {
            Add(new Ask
            {
                Contact = contacts[a.ContactId], AskedOn = a.AskedOn, Channel = a.Channel, Question = a.Question ?? "", Outcome = a.Outcome,
                Notes = a.Notes, FollowUpOn = a.FollowUpOn, CreatedAtUtc = a.CreatedAtUtc,
            });
        }

        foreach (var r in export.Referrals)
        {
            var referral = new Referral
            {
                Referrer = contacts[r.ReferrerId], ReferredContact = contacts[r.ReferredContactId], Company = Find(companies, r.CompanyId),
                Status = r.Status, ReferredOn = r.ReferredOn, Notes = r.Notes, CreatedAtUtc = r.CreatedAtUtc,
            };
            referral.History.AddRange((r.History ?? []).Select(h => new ReferralStatusChange { FromStatus = h.FromStatus, ToStatus = h.ToStatus, ChangedAtUtc = h.ChangedAtUtc }));
            referrals[r.Id] = Add(referral);
        }

        foreach (var l in export.JobLeads)
        {
            var lead = new JobLead
            {
                Title = l.Title.Trim(), Company = companies[l.CompanyId], Source = l.Source, SourceContact = Find(contacts, l.SourceContactId),
                Referral = Find(referrals, l.ReferralId), FoundVia = l.FoundVia, Advertising = l.AdvertisingOrFromOldFile, Url = l.Url, Notes = l.Notes,
                Status = l.Status, InterviewerContact = Find(contacts, l.InterviewerContactId), CreatedAtUtc = l.CreatedAtUtc,
                StatusChangedAtUtc = l.StatusChangedAtUtc,
            };
            lead.History.AddRange((l.History ?? []).Select(h => new JobLeadStatusChange { FromStatus = h.FromStatus, ToStatus = h.ToStatus, ChangedAtUtc = h.ChangedAtUtc }));
            leads[l.Id] = Add(lead);
        }
    }

    /// <summary>Suggestions link to contacts by id only (no navigation), so they are added once the contacts have their new ids.</summary>
    public void AddDailySuggestions(IEnumerable<DailySuggestionExport> suggestions)
    {
        foreach (var s in suggestions)
        {
            Add(new DailySuggestion
            {
                Day = s.Day, Position = s.Position, ContactId = s.ContactId is { } id ? contacts[id].Id : null, ContactName = s.ContactName ?? "",
                Kind = s.Kind ?? "", SuggestedChannel = s.SuggestedChannel, WhatToAsk = s.WhatToAsk ?? "", Reason = s.Reason ?? "", Status = s.Status,
            });
        }
    }

    /// <summary>Thank-yous link to referrals, contacts and leads by id only, so they too wait for the new ids.</summary>
    public void AddThankYous(IEnumerable<ThankYouExport> thankYous)
    {
        foreach (var t in thankYous.DistinctBy(t => (t.ReferralId, t.EventKey)))
        {
            Add(new ThankYou
            {
                ReferralId = referrals[t.ReferralId].Id, ReferrerId = contacts[t.ReferrerId].Id, JobLeadId = t.JobLeadId is { } lead ? leads[lead].Id : null,
                EventKey = NewEventKey(t), Text = t.Text ?? "", CreatedAtUtc = t.CreatedAtUtc, Status = t.Status, SnoozedUntil = t.SnoozedUntil,
                ClosedAtUtc = t.ClosedAtUtc,
            });
        }
    }

    // A lead's event key names the lead's id ("lead:12:Offer"); it follows the lead to its new id so the same move
    // after a restore is still recognised as one that already made its thank-you.
    private string NewEventKey(ThankYouExport t)
    {
        var key = t.EventKey ?? "";
        var prefix = $"lead:{t.JobLeadId}:";
        return t.JobLeadId is { } old && key.StartsWith(prefix, StringComparison.Ordinal) ? $"lead:{leads[old].Id}:{key[prefix.Length..]}" : key;
    }

    /// <summary>
    /// An "empty" account may already remember a mapping (the user tried an import, then chose to restore instead): the
    /// account's own is kept, since the signature is unique per user.
    /// </summary>
    public void AddColumnMappings(IEnumerable<ColumnMappingExport> mappings, IReadOnlySet<string> alreadyRemembered)
    {
        foreach (var m in mappings.Where(m => !alreadyRemembered.Contains(m.HeaderSignature)).DistinctBy(m => m.HeaderSignature))
        {
            Add(new SavedColumnMapping { HeaderSignature = m.HeaderSignature, MappingJson = m.MappingJson, UpdatedAtUtc = m.UpdatedAtUtc });
        }
    }

    /// <summary>The file's script wording, except for situations the account has already worded itself; blank text is the default.</summary>
    public void AddScriptTemplates(IEnumerable<ScriptTemplateExport> templates, IReadOnlySet<ScriptSituation> alreadyWorded)
    {
        foreach (var t in templates.Where(t => !alreadyWorded.Contains(t.Situation) && !string.IsNullOrWhiteSpace(t.Text)))
        {
            Add(new ScriptTemplate { Situation = t.Situation, Text = t.Text.Trim() });
        }
    }

    /// <summary>The file's searches, except one starting on a day the account already has a search starting.</summary>
    public void AddSearches(IEnumerable<JobSearchExport> searches, IReadOnlySet<DateOnly> alreadyStarting)
    {
        foreach (var s in searches.Where(s => !alreadyStarting.Contains(s.StartsOn)))
        {
            Add(new JobSearch { Name = s.Name.Trim(), StartsOn = s.StartsOn, CreatedAtUtc = s.CreatedAtUtc });
        }
    }

    private T Add<T>(T entity) where T : class
    {
        db.Add(entity);
        return entity;
    }

    private static T? Find<T>(Dictionary<int, T> map, int? id) where T : class => id is { } key ? map[key] : null;
}
