using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Companies;

public enum CompanySort
{
    Name,
    Industry,
    Contacts,
    Target,
}

public sealed record CompanyQuery(string? Search = null, bool TargetsOnly = false, CompanySort Sort = CompanySort.Name,
    bool Descending = false, int Page = 0, int PageSize = 25);

public sealed record CompanyRow(int Id, string Name, string? Industry, string? Location, string? Website, bool IsTarget, int ContactCount);

public sealed class CompanyService(IDbContextFactory<AppDbContext> contextFactory, TimeProvider clock)
{
    public async Task<PagedResult<CompanyRow>> SearchAsync(CompanyQuery query, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var companies = db.Companies.AsNoTracking();
        if (TextSearch.Normalize(query.Search) is { } term)
        {
            companies = companies.Where(c => c.Name.ToLower().Contains(term)
                || (c.Industry != null && c.Industry.ToLower().Contains(term))
                || (c.Location != null && c.Location.ToLower().Contains(term)));
        }

        if (query.TargetsOnly)
        {
            companies = companies.Where(c => c.IsTarget);
        }

        var total = await companies.CountAsync(cancellationToken);
        companies = (query.Sort, query.Descending) switch
        {
            (CompanySort.Industry, false) => companies.OrderBy(c => c.Industry).ThenBy(c => c.Name),
            (CompanySort.Industry, true) => companies.OrderByDescending(c => c.Industry).ThenBy(c => c.Name),
            (CompanySort.Contacts, false) => companies.OrderBy(c => c.Contacts.Count).ThenBy(c => c.Name),
            (CompanySort.Contacts, true) => companies.OrderByDescending(c => c.Contacts.Count).ThenBy(c => c.Name),
            (CompanySort.Target, false) => companies.OrderBy(c => c.IsTarget).ThenBy(c => c.Name),
            (CompanySort.Target, true) => companies.OrderByDescending(c => c.IsTarget).ThenBy(c => c.Name),
            (_, true) => companies.OrderByDescending(c => c.Name).ThenBy(c => c.Id),
            _ => companies.OrderBy(c => c.Name).ThenBy(c => c.Id),
        };
        var rows = await companies.Skip(Math.Max(0, query.Page) * query.PageSize).Take(query.PageSize)
            .Select(c => new CompanyRow(c.Id, c.Name, c.Industry, c.Location, c.Website, c.IsTarget, c.Contacts.Count))
            .ToListAsync(cancellationToken);
        return new PagedResult<CompanyRow>(rows, total);
    }

    public async Task<IReadOnlyList<string>> NamesStartingAsync(string? text, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var term = TextSearch.Normalize(text);
        return await db.Companies.AsNoTracking()
            .Where(c => term == null || c.Name.ToLower().Contains(term))
            .OrderBy(c => c.Name).Select(c => c.Name).Take(20).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CompanyRow>> ListAllAsync(CancellationToken cancellationToken) =>
        (await SearchAsync(new CompanyQuery(PageSize: 1000), cancellationToken)).Items;

    public async Task<Company?> GetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Companies.AsNoTracking()
            .Include(c => c.Contacts.OrderBy(p => p.Name))
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
    }

    public async Task<SaveResult> SaveAsync(int? id, CompanyForm form, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        Company? company;
        if (id is null)
        {
            company = new Company { CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
            db.Companies.Add(company);
        }
        else
        {
            company = await db.Companies.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (company is null)
            {
                return SaveResult.NotFound();
            }

            db.Entry(company).Property(c => c.Version).OriginalValue = form.Version;
        }

        var name = form.Name.Trim();
        if (await db.Companies.AnyAsync(c => c.Id != company.Id && c.Name.ToLower() == name.ToLower(), cancellationToken))
        {
            return SaveResult.Invalid($"You already have a company called “{name}”.");
        }

        form.CopyTo(company);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveResult.ChangedElsewhere();
        }

        form.Version = company.Version;
        return SaveResult.Saved(company.Id);
    }

    public async Task<bool> SetTargetAsync(int id, bool isTarget, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var company = await db.Companies.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (company is null)
        {
            return false;
        }

        company.IsTarget = isTarget;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The company with this name (any case), created if the user typed a new one. Null for a blank name.</summary>
    internal static async Task<Company?> FindOrCreateAsync(AppDbContext db, string? name, TimeProvider clock, CancellationToken cancellationToken)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        var lowered = trimmed.ToLowerInvariant();
        var existing = db.Companies.Local.FirstOrDefault(c => c.Name.ToLowerInvariant() == lowered)
            ?? await db.Companies.FirstOrDefaultAsync(c => c.Name.ToLower() == lowered, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var company = new Company { Name = trimmed, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
        db.Companies.Add(company);
        return company;
    }
}
