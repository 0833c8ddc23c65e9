using System.ComponentModel.DataAnnotations;
using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Settings;

/// <summary>What the Settings page edits; copied to and from <see cref="JobSearchSettings"/> by hand.</summary>
public sealed class SettingsForm
{
    [Range(1, 100, ErrorMessage = "Choose a goal between 1 and 100 active leads.")]
    [Display(Name = "Active leads goal")]
    public int ActiveLeadsGoal { get; set; } = JobSearchSettings.DefaultActiveLeadsGoal;

    [Required(ErrorMessage = "Choose your time zone.")]
    [StringLength(64)]
    [Display(Name = "Time zone")]
    public string TimeZoneId { get; set; } = "UTC";

    [Display(Name = "Search started on")]
    public DateTime? SearchStartDate { get; set; }

    [Range(1, 5, ErrorMessage = "Choose between 1 and 5 suggestions a day.")]
    [Display(Name = "Suggestions per day")]
    public int SuggestionsPerDay { get; set; } = JobSearchSettings.DefaultSuggestionsPerDay;

    [Display(Name = "Email me the day's suggestions")]
    public bool EmailDigestEnabled { get; set; }

    [Range(0, 23, ErrorMessage = "Choose an hour between 0 and 23.")]
    [Display(Name = "Send it at")]
    public int EmailDigestHour { get; set; } = 8;

    [JobNetwork.Web.Features.Common.HttpUrl]
    [StringLength(500, ErrorMessage = "A web address can be at most {1} characters.")]
    [Display(Name = "Webhook URL")]
    public string? WebhookUrl { get; set; }

    public Guid Version { get; set; }

    public static SettingsForm From(JobSearchSettings settings) => new()
    {
        ActiveLeadsGoal = settings.ActiveLeadsGoal,
        TimeZoneId = settings.TimeZoneId,
        SearchStartDate = settings.SearchStartDate?.ToDateTime(TimeOnly.MinValue),
        SuggestionsPerDay = settings.SuggestionsPerDay,
        EmailDigestEnabled = settings.EmailDigestEnabled,
        EmailDigestHour = settings.EmailDigestHour,
        WebhookUrl = settings.WebhookUrl,
        Version = settings.Version,
    };

    public void CopyTo(JobSearchSettings settings)
    {
        settings.ActiveLeadsGoal = ActiveLeadsGoal;
        settings.TimeZoneId = TimeZoneId;
        settings.SearchStartDate = SearchStartDate is { } date ? DateOnly.FromDateTime(date) : null;
        settings.SuggestionsPerDay = SuggestionsPerDay;
        settings.EmailDigestEnabled = EmailDigestEnabled;
        settings.EmailDigestHour = EmailDigestHour;
        var webhook = string.IsNullOrWhiteSpace(WebhookUrl) ? null : WebhookUrl.Trim();
        if (webhook != settings.WebhookUrl)
        {
            settings.WebhookUrl = webhook;
            settings.LastWebhookError = null;
        }
    }
}
