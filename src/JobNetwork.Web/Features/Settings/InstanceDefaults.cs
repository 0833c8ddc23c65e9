namespace JobNetwork.Web.Features.Settings;

/// <summary>Instance-wide defaults the administrator sets in configuration (<c>DefaultTimeZone</c>), used until a user saves their own.</summary>
public sealed record InstanceDefaults(string TimeZoneId)
{
    public static readonly InstanceDefaults Utc = new("UTC");
}
