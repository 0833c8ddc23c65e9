using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Contacts;

public enum ContactSort
{
    Name,
    Company,
    Closeness,
    Created,
    FollowUp,
    LastAsked,
}

/// <summary>What the contacts grid asks for: search, filters, sort and one page.</summary>
public sealed record ContactQuery
{
    public string? Search { get; init; }

    public int? CircleId { get; init; }

    public Closeness? Closeness { get; init; }

    public int? CompanyId { get; init; }

    public string? Tag { get; init; }

    public ContactSort Sort { get; init; } = ContactSort.Name;

    public bool Descending { get; init; }

    public int Page { get; init; }

    public int PageSize { get; init; } = 25;
}

public sealed record ContactRow(
    int Id,
    string Name,
    string? Title,
    int? CompanyId,
    string? CompanyName,
    Closeness Closeness,
    string? Email,
    string? Phone,
    string? PrimaryCircleName,
    IReadOnlyList<string> Tags,
    DateOnly? NextFollowUpOn,
    DateOnly? LastAskedOn,
    int TimesAsked);

public sealed record DuplicateMatch(int Id, string Name, string MatchedOn);
