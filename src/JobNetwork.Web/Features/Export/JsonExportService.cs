using System.Text.Json;
using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Export;

/// <summary>A full JSON export of the signed-in user's data, for a backup or a move to another JobNetwork instance.</summary>
public sealed class JsonExportService(IDbContextFactory<AppDbContext> contextFactory, TimeProvider clock)
{
    public async Task WriteAsync(Stream output, bool includeDailySuggestions, CancellationToken cancellationToken) =>
        await JsonSerializer.SerializeAsync(output, await BuildAsync(includeDailySuggestions, cancellationToken), ExportJson.Options, cancellationToken);

    public async Task<AccountExport> BuildAsync(bool includeDailySuggestions, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var settings = await db.JobSearchSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        var contacts = await db.Contacts.AsNoTracking().Include(c => c.Memberships).Include(c => c.Tags).AsSplitQuery()
            .OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var leads = await db.JobLeads.AsNoTracking().Include(l => l.History).OrderBy(l => l.Id).ToListAsync(cancellationToken);

        return new AccountExport
        {
            Format = AccountExport.FormatName,
            FormatVersion = AccountExport.CurrentFormatVersion,
            ExportedAtUtc = clock.GetUtcNow().UtcDateTime,
            Settings = settings is null ? null : new SettingsExport(settings.ActiveLeadsGoal, settings.TimeZoneId, settings.SearchStartDate,
                settings.SuggestionsPerDay, settings.EmailDigestEnabled, settings.EmailDigestHour, settings.WebhookUrl),
            Circles = (await db.Circles.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken))
                .Select(c => new CircleExport(c.Id, c.Name, c.Kind, c.Description, c.Focus, c.PluggedInOn, c.IsPluggedIn, c.CadenceDays, Utc(c.CreatedAtUtc)))
                .ToList(),
            Companies = (await db.Companies.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken))
                .Select(c => new CompanyExport(c.Id, c.Name, c.Website, c.Industry, c.Location, c.Notes, c.IsTarget, Utc(c.CreatedAtUtc)))
                .ToList(),
            Contacts = contacts.Select(c => new ContactExport(c.Id, c.Name, c.HowWeMet, c.Closeness, c.CompanyId, c.Title, c.Email, c.Phone,
                    c.LinkedInUrl, c.Location, c.Notes, c.NextFollowUpOn, Utc(c.CreatedAtUtc),
                    c.Memberships.OrderBy(m => m.CircleId).Select(m => new MembershipExport(m.CircleId, m.IsPrimary)).ToList(),
                    c.Tags.Select(t => t.Name).Order(StringComparer.Ordinal).ToList()))
                .ToList(),
            Asks = (await db.Asks.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken))
                .Select(a => new AskExport(a.Id, a.ContactId, a.AskedOn, a.Channel, a.Question, a.Outcome, a.Notes, a.FollowUpOn, Utc(a.CreatedAtUtc)))
                .ToList(),
            Referrals = (await db.Referrals.AsNoTracking().Include(r => r.History).OrderBy(r => r.Id).ToListAsync(cancellationToken))
                .Select(r => new ReferralExport(r.Id, r.ReferrerId, r.ReferredContactId, r.CompanyId, r.Status, r.ReferredOn, r.Notes, Utc(r.CreatedAtUtc),
                    r.History.OrderBy(h => h.ChangedAtUtc).ThenBy(h => h.Id).Select(h => new ReferralStepExport(h.FromStatus, h.ToStatus, Utc(h.ChangedAtUtc))).ToList()))
                .ToList(),
            JobLeads = leads.Select(l => new JobLeadExport(l.Id, l.Title, l.CompanyId, l.Source, l.SourceContactId, l.ReferralId, l.FoundVia,
                    l.Advertising == Advertising.Advertised, l.Url, l.Notes, l.Status, l.InterviewerContactId, Utc(l.CreatedAtUtc), Utc(l.StatusChangedAtUtc),
                    l.History.OrderBy(h => h.ChangedAtUtc).ThenBy(h => h.Id).Select(h => new StatusChangeExport(h.FromStatus, h.ToStatus, Utc(h.ChangedAtUtc))).ToList(),
                    l.Advertising))
                .ToList(),
            DailySuggestions = includeDailySuggestions ? await DailySuggestionsAsync(db, cancellationToken) : null,
            ColumnMappings = (await db.SavedColumnMappings.AsNoTracking().OrderBy(m => m.HeaderSignature).ToListAsync(cancellationToken))
                .Select(m => new ColumnMappingExport(m.HeaderSignature, m.MappingJson, Utc(m.UpdatedAtUtc)))
                .ToList(),
            ThankYous = (await db.ThankYous.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken))
                .Select(t => new ThankYouExport(t.ReferralId, t.ReferrerId, t.JobLeadId, t.EventKey, t.Text, Utc(t.CreatedAtUtc), t.Status, t.SnoozedUntil,
                    t.ClosedAtUtc is { } closed ? Utc(closed) : null))
                .ToList(),
            Profile = await db.JobSearchProfiles.AsNoTracking()
                .Select(p => new JobSearchProfileExport(p.RolesSought, p.Industries, p.Locations, p.Pitch)).FirstOrDefaultAsync(cancellationToken),
            ScriptTemplates = (await db.ScriptTemplates.AsNoTracking().ToListAsync(cancellationToken))
                .OrderBy(t => t.Situation).Select(t => new ScriptTemplateExport(t.Situation, t.Text)).ToList(),
            Searches = (await db.JobSearches.AsNoTracking().OrderBy(s => s.StartsOn).ToListAsync(cancellationToken))
                .Select(s => new JobSearchExport(s.Name, s.StartsOn, Utc(s.CreatedAtUtc))).ToList(),
        };
    }

    /// <summary>A download name such as "jobnetwork-export-2026-06-15.json".</summary>
    public static string FileName(DateOnly day) => $"jobnetwork-export-{day:yyyy-MM-dd}.json";

    private static async Task<List<DailySuggestionExport>> DailySuggestionsAsync(AppDbContext db, CancellationToken cancellationToken) =>
        (await db.DailySuggestions.AsNoTracking().OrderBy(s => s.Day).ThenBy(s => s.Position).ThenBy(s => s.Id).ToListAsync(cancellationToken))
            .Select(s => new DailySuggestionExport(s.Day, s.Position, s.ContactId, s.ContactName, s.Kind, s.SuggestedChannel, s.WhatToAsk, s.Reason, s.Status))
            .ToList();

    // SQLite gives times back without a kind; they were stored as UTC, so say so in the file.
    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
