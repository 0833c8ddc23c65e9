using System.Text;
using JobNetwork.Tests.Data;
using JobNetwork.Web.Features.Import;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.Import;

/// <summary>Two users over a real SQLite file, with helpers to import as one of them and to see everything stored.</summary>
public abstract class ImportTestBase : TwoUserTestBase
{
    protected ImportService ImportFor(TestUser user) => new(user.Factory, Clock);

    protected Task<ImportSummary> ImportAsync(TestUser user, byte[] file, string fileName = "contacts.csv", ImportOptions? options = null) =>
        ImportFor(user).ImportAsync(file, fileName, options ?? new ImportOptions(), null, None);

    protected Task<ImportPreview> PreviewAsync(TestUser user, byte[] file, string fileName = "contacts.csv") =>
        ImportFor(user).PreviewAsync(file, fileName, null, None);

    protected static byte[] Csv(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>Every contact, company and membership of every user, as text: equal snapshots mean nothing changed.</summary>
    protected async Task<string> SnapshotAsync()
    {
        await using var db = Unfiltered();
        var contacts = (await db.Contacts.IgnoreQueryFilters().AsNoTracking().OrderBy(c => c.Id).ToListAsync())
            .Select(c => string.Join('|', c.Id, c.OwnerId, c.Name, c.Email, c.Phone, c.PhoneNormalized, c.CompanyId, c.Title, c.LinkedInUrl, c.Location, c.Notes, c.HowWeMet, c.Version));
        var companies = (await db.Companies.IgnoreQueryFilters().AsNoTracking().OrderBy(c => c.Id).ToListAsync())
            .Select(c => string.Join('|', c.Id, c.OwnerId, c.Name));
        var memberships = (await db.ContactCircles.IgnoreQueryFilters().AsNoTracking().OrderBy(m => m.ContactId).ThenBy(m => m.CircleId).ToListAsync())
            .Select(m => string.Join('|', m.ContactId, m.CircleId, m.IsPrimary, m.OwnerId));
        return string.Join('\n', contacts.Concat(companies).Concat(memberships));
    }
}
