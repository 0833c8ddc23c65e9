using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Circles;

namespace JobNetwork.Web.Features.Import;

/// <summary>Where the import wizard is.</summary>
public enum ImportStep
{
    Upload,
    Mapping,
    Review,
    Importing,
    Done,
}

/// <summary>What the import page proposes before the user chooses.</summary>
public static class ImportDefaults
{
    /// <summary>
    /// LinkedIn connections are mostly people worked with; phone and address-book contacts mostly friends and
    /// acquaintances. The first circle of a fitting kind, else none: a wrong guess would mislead the dashboard.
    /// </summary>
    public static int? CircleFor(ImportFormat format, IReadOnlyList<CircleSummary> circles)
    {
        CircleKind[] fitting = format == ImportFormat.LinkedInCsv
            ? [CircleKind.FormerCoworkers, CircleKind.Coworkers, CircleKind.Acquaintances]
            : [CircleKind.Acquaintances, CircleKind.Friends];
        foreach (var kind in fitting)
        {
            if (circles.FirstOrDefault(c => c.Kind == kind) is { } circle)
            {
                return circle.Id;
            }
        }

        return null;
    }
}
