using System.Text.Json.Serialization;

namespace JobNetwork.Web.Features.Coverage;

public enum CoveragePeriodKind
{
    Last30Days,
    Last90Days,
    ThisYear,
    AllTime,
}

/// <summary>A range of the user's local dates, both ends included, and the same range a year earlier.</summary>
public sealed record CoveragePeriod(CoveragePeriodKind Kind, DateOnly From, DateOnly To)
{
    public static readonly DateOnly Beginning = new(2000, 1, 1);

    public static CoveragePeriod For(CoveragePeriodKind kind, DateOnly today) => kind switch
    {
        CoveragePeriodKind.Last90Days => new(kind, today.AddDays(-89), today),
        CoveragePeriodKind.ThisYear => new(kind, new DateOnly(today.Year, 1, 1), today),
        CoveragePeriodKind.AllTime => new(kind, Beginning, today),
        _ => new(kind, today.AddDays(-29), today),
    };

    [JsonIgnore]
    public bool HasYearBefore => Kind != CoveragePeriodKind.AllTime;

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
        _ => "Last 30 days",
    };
}
