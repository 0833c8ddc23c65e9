using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Scripts;

/// <summary>The user's own words from their job-search profile; any field may be empty.</summary>
public sealed record ScriptProfile(string? RolesSought, string? Industries, string? Locations, string? Pitch)
{
    public static readonly ScriptProfile Empty = new(null, null, null, null);

    public static ScriptProfile From(JobSearchProfile? profile) =>
        profile is null ? Empty : new(profile.RolesSought, profile.Industries, profile.Locations, profile.Pitch);
}

/// <summary>The person a script is for, as the script builder sees them.</summary>
/// <param name="PrimaryCircleKind">The kind of the person's primary string, which mostly decides the situation.</param>
/// <param name="CircleFocus">An agency's or group's focus, from its string.</param>
/// <param name="ReferredByName">Someone named this person to the user and the user has not asked them yet.</param>
/// <param name="InterviewLeadTitle">They interviewed the user for this lead, which turned the user down.</param>
/// <param name="PersonTheyReferred">The latest person this contact named to the user: the subject of a thank-you.</param>
public sealed record ScriptPerson(
    string Name,
    Closeness Closeness,
    string? CompanyName,
    string? HowWeMet,
    CircleKind? PrimaryCircleKind,
    string? PrimaryCircleName,
    string? CircleFocus,
    string? ReferredByName,
    string? InterviewLeadTitle,
    string? PersonTheyReferred);

/// <summary>A script ready to read: which situation it is for and the text, plain (never markup).</summary>
public sealed record Script(ScriptSituation Situation, string Text);
