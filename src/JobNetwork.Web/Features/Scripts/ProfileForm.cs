using System.ComponentModel.DataAnnotations;
using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Scripts;

/// <summary>What the job-search profile card edits; copied to and from <see cref="JobSearchProfile"/> by hand.</summary>
public sealed class ProfileForm
{
    [StringLength(JobSearchProfile.ListMaxLength, ErrorMessage = "Keep this under {1} characters.")]
    public string? RolesSought { get; set; }

    [StringLength(JobSearchProfile.ListMaxLength, ErrorMessage = "Keep this under {1} characters.")]
    public string? Industries { get; set; }

    [StringLength(JobSearchProfile.ListMaxLength, ErrorMessage = "Keep this under {1} characters.")]
    public string? Locations { get; set; }

    [StringLength(JobSearchProfile.PitchMaxLength, ErrorMessage = "Two sentences is plenty: keep this under {1} characters.")]
    public string? Pitch { get; set; }

    public Guid Version { get; set; }

    public static ProfileForm From(JobSearchProfile? profile) => profile is null
        ? new ProfileForm()
        : new ProfileForm
        {
            RolesSought = profile.RolesSought,
            Industries = profile.Industries,
            Locations = profile.Locations,
            Pitch = profile.Pitch,
            Version = profile.Version,
        };

    public void CopyTo(JobSearchProfile profile)
    {
        profile.RolesSought = Clean(RolesSought);
        profile.Industries = Clean(Industries);
        profile.Locations = Clean(Locations);
        profile.Pitch = Clean(Pitch);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
