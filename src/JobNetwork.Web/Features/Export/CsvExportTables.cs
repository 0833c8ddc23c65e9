using System.Globalization;
using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Asks;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.JobLeads;
using JobNetwork.Web.Features.Referrals;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Export;

/// <summary>The rows of each CSV export, read through the owner-filtered context, with labels as the app shows them.</summary>
internal static class CsvExportTables
{
    public static async Task<CsvExportTable> ContactsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var contacts = await db.Contacts.AsNoTracking()
            .Include(c => c.Company).Include(c => c.Memberships).ThenInclude(m => m.Circle).Include(c => c.Tags).Include(c => c.Asks)
            .AsSplitQuery().OrderBy(c => c.Name).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        string[] header = ["Name", "Company", "Title", "Email", "Phone", "LinkedIn URL", "Location", "Closeness", "How we met",
            "Circles", "Tags", "Next follow-up", "Times asked", "Last asked", "Notes", "Added"];
        var rows = contacts.Select(c => new[]
        {
            c.Name, c.Company?.Name ?? "", c.Title ?? "", c.Email ?? "", c.Phone ?? "", c.LinkedInUrl ?? "", c.Location ?? "",
            c.Closeness.Label(), c.HowWeMet ?? "",
            string.Join("; ", c.Memberships.OrderByDescending(m => m.IsPrimary).ThenBy(m => m.Circle.Name).Select(m => m.Circle.Name)),
            string.Join("; ", c.Tags.Select(t => t.Name).Order(StringComparer.Ordinal)),
            Date(c.NextFollowUpOn), Number(c.Asks.Count), Date(c.Asks.Count == 0 ? null : c.Asks.Max(a => a.AskedOn)), c.Notes ?? "", Date(c.CreatedAtUtc),
        }).ToList();
        return new CsvExportTable(header, rows);
    }

    public static async Task<CsvExportTable> CompaniesAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var companies = await db.Companies.AsNoTracking().OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Select(c => new { c.Name, c.IsTarget, c.Industry, c.Location, c.Website, Contacts = c.Contacts.Count, c.Notes, c.CreatedAtUtc })
            .ToListAsync(cancellationToken);
        string[] header = ["Name", "Target", "Industry", "Location", "Website", "Contacts", "Notes", "Added"];
        var rows = companies.Select(c => new[]
        {
            c.Name, c.IsTarget ? "Yes" : "No", c.Industry ?? "", c.Location ?? "", c.Website ?? "", Number(c.Contacts), c.Notes ?? "", Date(c.CreatedAtUtc),
        }).ToList();
        return new CsvExportTable(header, rows);
    }

    public static async Task<CsvExportTable> AsksAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var asks = await db.Asks.AsNoTracking().Include(a => a.Contact).OrderBy(a => a.AskedOn).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        string[] header = ["Asked on", "Contact", "Channel", "Question", "Outcome", "Follow up on", "Notes"];
        var rows = asks.Select(a => new[]
        {
            Date(a.AskedOn), a.Contact.Name, a.Channel.Label(), a.Question, a.Outcome.Label(), Date(a.FollowUpOn), a.Notes ?? "",
        }).ToList();
        return new CsvExportTable(header, rows);
    }

    public static async Task<CsvExportTable> ReferralsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var referrals = await db.Referrals.AsNoTracking().Include(r => r.Referrer).Include(r => r.ReferredContact).Include(r => r.Company)
            .OrderBy(r => r.ReferredOn).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        string[] header = ["Referred on", "Referred by", "Person", "Company", "Status", "Notes"];
        var rows = referrals.Select(r => new[]
        {
            Date(r.ReferredOn), r.Referrer.Name, r.ReferredContact.Name, r.Company?.Name ?? "", r.Status.Label(), r.Notes ?? "",
        }).ToList();
        return new CsvExportTable(header, rows);
    }

    public static async Task<CsvExportTable> JobLeadsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var leads = await db.JobLeads.AsNoTracking().Include(l => l.Company).Include(l => l.SourceContact).Include(l => l.InterviewerContact)
            .OrderBy(l => l.CreatedAtUtc).ThenBy(l => l.Id).ToListAsync(cancellationToken);
        // The string each lead credits, by the dashboard's own rule (Coverage/CreditedString).
        var credited = await (from c in Coverage.CreditedString.OfLeads(db)
                              join circle in db.Circles on c.CircleId equals circle.Id
                              select new { c.LeadId, circle.Name }).ToDictionaryAsync(c => c.LeadId, c => c.Name, cancellationToken);
        string[] header = ["Title", "Company", "Status", "Source", "From contact", "Credited string", "Found via", "Advertised", "Interviewer", "URL", "Notes", "Added", "Status changed"];
        var rows = leads.Select(l => new[]
        {
            l.Title, l.Company.Name, l.Status.Label(), l.Source.Label(), l.SourceContact?.Name ?? "", credited.GetValueOrDefault(l.Id, ""), l.FoundVia ?? "",
            l.Advertising switch { Advertising.Advertised => "Yes", Advertising.NeverAdvertised => "No", _ => "Not sure" }, l.InterviewerContact?.Name ?? "", l.Url ?? "", l.Notes ?? "", Date(l.CreatedAtUtc), Date(l.StatusChangedAtUtc),
        }).ToList();
        return new CsvExportTable(header, rows);
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Date(DateTime utc) => utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
