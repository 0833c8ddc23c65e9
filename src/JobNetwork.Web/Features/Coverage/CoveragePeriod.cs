using System.Text.Json.Serialization;

namespace JobNetwork.Web.Features.Coverage;

public enum CoveragePeriodKind
{
    Last30Days,
    Last90Days,
    ThisYear,
    AllTime,
    /// <summary>From the start of the user's current job search; compared with the previous search, not a year before.</summary>
    ThisSearch,
}

/// <summary>
/// A range of the user's local dates, both ends included, and what it is compared with: the same range a year earlier,
/// or for <see cref="CoveragePeriodKind.ThisSearch"/> the previous search over as many days (<see cref="LastSearch"/>).
/// </summary>
public sealed record CoveragePeriod(CoveragePeriodKind Kind, DateOnly From, DateOnly To)
{
    public static readonly DateOnly Beginning = new(2000, 1, 1);

    public static CoveragePeriod For(CoveragePeriodKind kind, DateOnly today) => kind switch
    {
        CoveragePeriodKind.Last90Days => new(kind, today.AddDays(-89), today),
        CoveragePeriodKind.ThisYear => new(kind, new DateOnly(today.Year, 1, 1), today),
        CoveragePeriodKind.AllTime => new(kind, Beginning, today),
        // Only a caller that knows the searches can say when this one started (see ForSearch); alone, it is just today.
        CoveragePeriodKind.ThisSearch => new(kind, today, today),
        _ => new(kind, today.AddDays(-29), today),
    };

    /// <summary>The current search so far, compared with the previous search over as many days from its start.</summary>
    public static CoveragePeriod ForSearch(DateOnly from, DateOnly to, DateOnly? lastSearchFrom, DateOnly? lastSearchTo) =>
        new(CoveragePeriodKind.ThisSearch, from, to)
        {
            LastSearch = lastSearchFrom is { } f && lastSearchTo is { } t ? new(CoveragePeriodKind.ThisSearch, f, t) : null,
        };

    /// <summary>For "This search": the previous search over the same number of days; null when there was none.</summary>
    public CoveragePeriod? LastSearch { get; init; }

    /// <summary>Whether there is an earlier stretch to compare with (<see cref="Before"/>).</summary>
    [JsonIgnore]
    public bool HasYearBefore => Kind switch
    {
        CoveragePeriodKind.AllTime => false,
        CoveragePeriodKind.ThisSearch => LastSearch is not null,
        _ => true,
    };

    /// <summary>What the period is compared with: the previous search for "This search", otherwise the same dates a year earlier.</summary>
    [JsonIgnore]
    public CoveragePeriod Before => Kind == CoveragePeriodKind.ThisSearch && LastSearch is not null ? LastSearch : YearBefore;

    // Without the ignore, serializing a period (the dashboard's persisted state) would follow YearBefore forever.
    [JsonIgnore]
    public CoveragePeriod YearBefore => this with { From = From.AddYears(-1), To = To.AddYears(-1) };

    [JsonIgnore]
    public string Label => LabelOf(Kind);

    public static string LabelOf(CoveragePeriodKind kind) => kind switch
    {
        CoveragePeriodKind.Last90Days => "Last 90 days",
        CoveragePeriodKind.ThisYear => "This year",
        CoveragePeriodKind.AllTime => "All time",
        CoveragePeriodKind.ThisSearch => "This search",
        _ => "Last 30 days",
    };
}
