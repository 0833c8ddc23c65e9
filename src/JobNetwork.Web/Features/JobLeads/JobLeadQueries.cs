using System.Linq.Expressions;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;

namespace JobNetwork.Web.Features.JobLeads;

/// <summary>The filters, order and row shape shared by the lead list and the lead board, so both show the same leads.</summary>
public static class JobLeadQueries
{
    public static readonly Expression<Func<JobLead, JobLeadRow>> ToRow = l => new JobLeadRow(l.Id, l.Title, l.CompanyId, l.Company.Name,
        l.Status, l.Source, l.SourceContactId, l.SourceContact != null ? l.SourceContact.Name : null, l.Advertising, l.CreatedAtUtc,
        l.StatusChangedAtUtc, l.Version);

    public static IQueryable<JobLead> Filter(IQueryable<JobLead> leads, JobLeadQuery query)
    {
        if (TextSearch.Normalize(query.Search) is { } term)
        {
            leads = leads.Where(l => l.Title.ToLower().Contains(term) || l.Company.Name.ToLower().Contains(term)
                || (l.Notes != null && l.Notes.ToLower().Contains(term)));
        }

        if (query.Status is { } status)
        {
            leads = leads.Where(l => l.Status == status);
        }

        if (query.CompanyId is { } companyId)
        {
            leads = leads.Where(l => l.CompanyId == companyId);
        }

        if (query.CircleId is { } circleId)
        {
            leads = leads.Where(l => l.SourceContact != null && l.SourceContact.Memberships.Any(m => m.IsPrimary && m.CircleId == circleId));
        }

        if (query.SourceContactId is { } contactId)
        {
            leads = leads.Where(l => l.SourceContactId == contactId);
        }

        if (query.Advertised is { } advertised)
        {
            leads = leads.Where(l => l.Advertising == advertised);
        }

        return leads;
    }

    public static IQueryable<JobLead> Sort(IQueryable<JobLead> leads, bool newest) =>
        newest ? leads.OrderByDescending(l => l.StatusChangedAtUtc).ThenByDescending(l => l.Id) : leads.OrderBy(l => l.StatusChangedAtUtc).ThenBy(l => l.Id);
}
