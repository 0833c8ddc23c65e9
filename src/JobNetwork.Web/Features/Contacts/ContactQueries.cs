using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;

namespace JobNetwork.Web.Features.Contacts;

/// <summary>The contact filters and sorts as LINQ both SQLite and PostgreSQL translate.</summary>
internal static class ContactQueries
{
    public static IQueryable<Contact> Filter(this IQueryable<Contact> contacts, ContactQuery query)
    {
        if (TextSearch.Normalize(query.Search) is { } term)
        {
            contacts = contacts.Where(c =>
                c.Name.ToLower().Contains(term)
                || (c.Title != null && c.Title.ToLower().Contains(term))
                || (c.Email != null && c.Email.ToLower().Contains(term))
                || (c.Notes != null && c.Notes.ToLower().Contains(term))
                || (c.Company != null && c.Company.Name.ToLower().Contains(term)));
        }

        if (query.CircleId is { } circleId)
        {
            contacts = contacts.Where(c => c.Memberships.Any(m => m.CircleId == circleId));
        }

        if (query.Closeness is { } closeness)
        {
            contacts = contacts.Where(c => c.Closeness == closeness);
        }

        if (query.CompanyId is { } companyId)
        {
            contacts = contacts.Where(c => c.CompanyId == companyId);
        }

        if (!string.IsNullOrWhiteSpace(query.Tag))
        {
            var tag = query.Tag.Trim();
            contacts = contacts.Where(c => c.Tags.Any(t => t.Name == tag));
        }

        return contacts;
    }

    public static IQueryable<Contact> Sort(this IQueryable<Contact> contacts, ContactSort sort, bool descending) =>
        (sort, descending) switch
        {
            (ContactSort.Company, false) => contacts.OrderBy(c => c.Company!.Name).ThenBy(c => c.Name),
            (ContactSort.Company, true) => contacts.OrderByDescending(c => c.Company!.Name).ThenBy(c => c.Name),
            (ContactSort.Closeness, false) => contacts.OrderBy(c => c.Closeness).ThenBy(c => c.Name),
            (ContactSort.Closeness, true) => contacts.OrderByDescending(c => c.Closeness).ThenBy(c => c.Name),
            (ContactSort.Created, false) => contacts.OrderBy(c => c.CreatedAtUtc).ThenBy(c => c.Id),
            (ContactSort.Created, true) => contacts.OrderByDescending(c => c.CreatedAtUtc).ThenByDescending(c => c.Id),
            (ContactSort.FollowUp, false) => contacts.OrderBy(c => c.NextFollowUpOn == null).ThenBy(c => c.NextFollowUpOn).ThenBy(c => c.Name),
            (ContactSort.FollowUp, true) => contacts.OrderBy(c => c.NextFollowUpOn == null).ThenByDescending(c => c.NextFollowUpOn).ThenBy(c => c.Name),
            (ContactSort.LastAsked, false) => contacts.OrderBy(c => c.Asks.Max(a => (DateOnly?)a.AskedOn)).ThenBy(c => c.Name),
            (ContactSort.LastAsked, true) => contacts.OrderByDescending(c => c.Asks.Max(a => (DateOnly?)a.AskedOn)).ThenBy(c => c.Name),
            (_, true) => contacts.OrderByDescending(c => c.Name).ThenBy(c => c.Id),
            _ => contacts.OrderBy(c => c.Name).ThenBy(c => c.Id),
        };

    public static IQueryable<ContactRow> ToRows(this IQueryable<Contact> contacts) =>
        contacts.Select(c => new ContactRow(
            c.Id,
            c.Name,
            c.Title,
            c.CompanyId,
            c.Company != null ? c.Company.Name : null,
            c.Closeness,
            c.Email,
            c.Phone,
            c.Memberships.Where(m => m.IsPrimary).Select(m => m.Circle.Name).FirstOrDefault(),
            c.Tags.Select(t => t.Name).ToList(),
            c.NextFollowUpOn,
            c.Asks.Max(a => (DateOnly?)a.AskedOn),
            c.Asks.Count));
}
