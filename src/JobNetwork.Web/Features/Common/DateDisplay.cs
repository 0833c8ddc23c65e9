namespace JobNetwork.Web.Features.Common;

/// <summary>
/// How a date reads everywhere, date fields included: "29 Nov 2026" in the user's culture (month names follow it), so a
/// field never shows 11/29/2026 where the lists beside it show 29 Nov 2026, and a typed date is never read day-for-month.
/// </summary>
public static class DateDisplay
{
    public const string Format = "d MMM yyyy";
}
