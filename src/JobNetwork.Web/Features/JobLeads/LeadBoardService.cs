using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.JobLeads;

/// <summary>One column of the lead board: the first cards in the list's order, and how many leads it holds in all.</summary>
public sealed record LeadColumn(JobLeadStatus Status, IReadOnlyList<JobLeadRow> Leads, int TotalCount)
{
    public int NotShown => TotalCount - Leads.Count;
}

/// <summary>
/// The lead board pages each column on its own: every column shows its first <see cref="CardsPerColumn"/> cards and an
/// exact count, so a board of 5,000 leads stays a small page (docs/decisions/0027).
/// </summary>
public sealed class LeadBoardService(IDbContextFactory<AppDbContext> contextFactory)
{
    public const int CardsPerColumn = 6;

    /// <param name="shown">How many cards a column shows when the user asked for more than <see cref="CardsPerColumn"/>.</param>
    public async Task<IReadOnlyList<LeadColumn>> GetAsync(JobLeadQuery query, IReadOnlyDictionary<JobLeadStatus, int> shown, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var leads = JobLeadQueries.Filter(db.JobLeads.AsNoTracking(), query);
        var counts = await leads.GroupBy(l => l.Status).Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        var columns = new List<LeadColumn>(JobLeadText.Pipeline.Count);
        foreach (var status in JobLeadText.Pipeline)
        {
            var total = counts.GetValueOrDefault(status);
            var take = Math.Max(CardsPerColumn, shown.GetValueOrDefault(status));
            IReadOnlyList<JobLeadRow> rows = total == 0
                ? []
                : await JobLeadQueries.Sort(leads.Where(l => l.Status == status), query.Newest).Take(take).Select(JobLeadQueries.ToRow)
                    .ToListAsync(cancellationToken);
            columns.Add(new LeadColumn(status, rows, total));
        }

        return columns;
    }
}
