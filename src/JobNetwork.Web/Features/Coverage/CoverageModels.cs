using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Coverage;

/// <summary>
/// What the database aggregates for one string: by the primary circle of the people involved (for leads, the string
/// the attribution rule credits), except <see cref="Contacts"/> and <see cref="ContactsNeverAsked"/>, which count
/// every member. The counts are for the period; the "last" dates are all time.
/// </summary>
public sealed record StringActivity(
    int CircleId,
    string Name,
    CircleKind Kind,
    bool IsPluggedIn,
    int Contacts,
    int ContactsAsked,
    int Asks,
    int Replies,
    int Referrals,
    int Leads,
    int HiddenLeads,
    int Interviews,
    int Offers,
    DateOnly? LastAskedOn,
    DateOnly? LastProducedOn,
    DateOnly? LastLeadOn,
    int ProducedYearBefore,
    int ContactsNeverAsked);

public enum StringState
{
    Lit,
    Dim,
    Dark,
    Unplugged,
}

public sealed record StringCoverage(
    StringActivity Activity,
    StringState State,
    double LeadsPerAsk,
    bool WorkedLastYearNotThisYear,
    string? ReplaceAdvice);

public sealed record CoverageGauge(int ActiveLeads, int HiddenActiveLeads, int Goal)
{
    public int Gap => Math.Max(0, Goal - ActiveLeads);

    public double Percent => Goal <= 0 ? 100 : Math.Min(100, ActiveLeads * 100.0 / Goal);
}

public sealed record FunnelStep(string Label, int Count);

public sealed record CoverageReport(
    CoveragePeriod Period,
    CoverageGauge Gauge,
    IReadOnlyList<StringCoverage> Strings,
    IReadOnlyList<string> KindsToTry,
    IReadOnlyList<FunnelStep> Funnel);
