using System.Text.Json;
using System.Text.Json.Serialization;
using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Export;

/// <summary>
/// Everything one user owns, as a JSON document. Ids are the database ids of the exporting account: stable between
/// exports, and used only to link records inside the file (a restore gives every record a new id).
/// </summary>
public sealed record AccountExport
{
    public const string FormatName = "JobNetwork account export";
    public const int CurrentFormatVersion = 1;

    /// <summary>Always <see cref="FormatName"/> in a real export; a restore refuses JSON without it.</summary>
    public string? Format { get; init; }

    public int FormatVersion { get; init; }

    public DateTime ExportedAtUtc { get; init; }

    public SettingsExport? Settings { get; init; }

    public List<CircleExport> Circles { get; init; } = [];

    public List<CompanyExport> Companies { get; init; } = [];

    public List<ContactExport> Contacts { get; init; } = [];

    public List<AskExport> Asks { get; init; } = [];

    public List<ReferralExport> Referrals { get; init; } = [];

    public List<JobLeadExport> JobLeads { get; init; } = [];

    /// <summary>Null when the export left the day-by-day suggestions out.</summary>
    public List<DailySuggestionExport>? DailySuggestions { get; init; }

    /// <summary>Remembered CSV column mappings. Null in files written before they were exported.</summary>
    public List<ColumnMappingExport>? ColumnMappings { get; init; }

    /// <summary>Thank-yous owed to referrers (close the loop). Null in files written before they existed.</summary>
    public List<ThankYouExport>? ThankYous { get; init; }

    /// <summary>The job-search profile (roles, industries, locations, pitch). Null: none saved, or a file from before it was exported.</summary>
    public JobSearchProfileExport? Profile { get; init; }

    /// <summary>The user's own script wording per situation. Null in files written before they were exported.</summary>
    public List<ScriptTemplateExport>? ScriptTemplates { get; init; }

    /// <summary>The searches the user started or corrected (not the implicit first one). Null in older files.</summary>
    public List<JobSearchExport>? Searches { get; init; }
}

/// <summary>
/// The user's choices. Left out on purpose: the calendar-feed token (a credential, unique per instance; the user turns
/// the feed on again) and the record of when the last digest or webhook went out.
/// </summary>
public sealed record SettingsExport(int ActiveLeadsGoal, string TimeZoneId, DateOnly? SearchStartDate, int SuggestionsPerDay,
    bool EmailDigestEnabled = false, int EmailDigestHour = 8, string? WebhookUrl = null);

public sealed record CircleExport(int Id, string Name, CircleKind Kind, string? Description, string? Focus, DateOnly PluggedInOn, bool IsPluggedIn,
    int? CadenceDays, DateTime CreatedAtUtc);

public sealed record CompanyExport(int Id, string Name, string? Website, string? Industry, string? Location, string? Notes, bool IsTarget, DateTime CreatedAtUtc);

public sealed record ContactExport(int Id, string Name, string? HowWeMet, Closeness Closeness, int? CompanyId, string? Title, string? Email, string? Phone,
    string? LinkedInUrl, string? Location, string? Notes, DateOnly? NextFollowUpOn, DateTime CreatedAtUtc, List<MembershipExport>? Memberships, List<string>? Tags);

public sealed record MembershipExport(int CircleId, bool IsPrimary);

public sealed record AskExport(int Id, int ContactId, DateOnly AskedOn, AskChannel Channel, string Question, AskOutcome Outcome, string? Notes,
    DateOnly? FollowUpOn, DateTime CreatedAtUtc);

public sealed record ReferralExport(int Id, int ReferrerId, int ReferredContactId, int? CompanyId, ReferralStatus Status, DateOnly ReferredOn,
    string? Notes, DateTime CreatedAtUtc, List<ReferralStepExport>? History = null);

/// <summary>One dated step of an introduction. Null history: a file written before referrals kept one.</summary>
public sealed record ReferralStepExport(ReferralStatus? FromStatus, ReferralStatus ToStatus, DateTime ChangedAtUtc);

/// <param name="WasAdvertised">Kept for files read by older versions: true only when <paramref name="Advertising"/> is Advertised.</param>
/// <param name="Advertising">Null: a file written before "not sure" existed, where false meant "not ticked" and reads as not sure.</param>
public sealed record JobLeadExport(int Id, string Title, int CompanyId, LeadSource Source, int? SourceContactId, int? ReferralId, string? FoundVia,
    bool WasAdvertised, string? Url, string? Notes, JobLeadStatus Status, int? InterviewerContactId, DateTime CreatedAtUtc, DateTime StatusChangedAtUtc,
    List<StatusChangeExport>? History, Advertising? Advertising = null)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Advertising AdvertisingOrFromOldFile => Advertising ?? (WasAdvertised ? Domain.Advertising.Advertised : Domain.Advertising.NotSure);
}

public sealed record StatusChangeExport(JobLeadStatus? FromStatus, JobLeadStatus ToStatus, DateTime ChangedAtUtc);

/// <summary>A confirmed CSV column mapping, against the signature of the file's headers (see <c>Import.HeaderSignature</c>).</summary>
public sealed record ColumnMappingExport(string HeaderSignature, string MappingJson, DateTime UpdatedAtUtc);

public sealed record DailySuggestionExport(DateOnly Day, int Position, int? ContactId, string ContactName, string Kind, AskChannel SuggestedChannel,
    string WhatToAsk, string Reason, DailySuggestionStatus Status);

public sealed record ThankYouExport(int ReferralId, int ReferrerId, int? JobLeadId, string EventKey, string Text, DateTime CreatedAtUtc,
    ThankYouStatus Status, DateOnly? SnoozedUntil, DateTime? ClosedAtUtc);

public sealed record JobSearchProfileExport(string? RolesSought, string? Industries, string? Locations, string? Pitch);

public sealed record ScriptTemplateExport(ScriptSituation Situation, string Text);

public sealed record JobSearchExport(string Name, DateOnly StartsOn, DateTime CreatedAtUtc);

/// <summary>The one JSON shape of exports: camelCase, enums by name (readable, and safe if enum members are reordered), indented.</summary>
public static class ExportJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };
}
