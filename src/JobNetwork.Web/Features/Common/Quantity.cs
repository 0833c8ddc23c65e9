namespace JobNetwork.Web.Features.Common;

/// <summary>"1 contact", "2 contacts": a count with its noun in the right number (English only, as the UI is).</summary>
public static class Quantity
{
    public static string Of(int count, string singular, string? plural = null) =>
        $"{count} {(count == 1 ? singular : plural ?? singular + "s")}";
}
