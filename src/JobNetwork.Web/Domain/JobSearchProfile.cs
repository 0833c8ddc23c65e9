namespace JobNetwork.Web.Domain;

/// <summary>
/// What the user is looking for, in their own words: the raw material of call scripts and of the agency-focus check.
/// Every field is optional; a script reads naturally with any of them missing.
/// </summary>
public class JobSearchProfile : OwnedEntity
{
    public const int ListMaxLength = 300;
    public const int PitchMaxLength = 400;

    /// <summary>Comma-separated roles, e.g. "controls engineer, automation engineer".</summary>
    public string? RolesSought { get; set; }

    /// <summary>Comma-separated industries, e.g. "robotics, medical devices".</summary>
    public string? Industries { get; set; }

    /// <summary>Comma-separated places, e.g. "Boston, remote".</summary>
    public string? Locations { get; set; }

    /// <summary>Two sentences the user says about themselves on a call.</summary>
    public string? Pitch { get; set; }
}
