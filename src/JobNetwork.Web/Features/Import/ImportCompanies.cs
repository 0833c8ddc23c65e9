using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Import;

/// <summary>
/// Company names to companies for one import: an existing company of the same name (any case) is reused, and a new
/// name becomes one new company however many rows name it. Loaded once, so rows never query.
/// </summary>
internal sealed class ImportCompanies
{
    private readonly Dictionary<string, int> existingIds;
    private readonly Dictionary<string, Company> created = new(StringComparer.Ordinal);
    private readonly AppDbContext db;
    private readonly DateTime now;

    private ImportCompanies(AppDbContext db, Dictionary<string, int> existingIds, DateTime now)
    {
        this.db = db;
        this.existingIds = existingIds;
        this.now = now;
    }

    public static async Task<ImportCompanies> LoadAsync(AppDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var companies = await db.Companies.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var company in companies)
        {
            ids.TryAdd(Key(company.Name), company.Id);
        }

        return new ImportCompanies(db, ids, now);
    }

    /// <summary>Points the contact at the named company, creating it the first time a new name is seen.</summary>
    public void Assign(Contact contact, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        var key = Key(name);
        if (existingIds.TryGetValue(key, out var id))
        {
            contact.CompanyId = id;
            return;
        }

        if (!created.TryGetValue(key, out var company))
        {
            company = new Company { Name = name.Trim(), CreatedAtUtc = now };
            db.Companies.Add(company);
            created[key] = company;
        }

        contact.Company = company;
    }

    private static string Key(string name) => name.Trim().ToLowerInvariant();
}
