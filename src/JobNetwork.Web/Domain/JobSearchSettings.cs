namespace JobNetwork.Web.Domain;

/// <summary>A user's own settings for their job search: the coverage goal and how dates are shown.</summary>
public class JobSearchSettings : OwnedEntity
{
    public const int DefaultActiveLeadsGoal = 10;
    public const int DefaultSuggestionsPerDay = 3;

    /// <summary>How many active job leads the user wants at once: the "coverage" the network must produce.</summary>
    public int ActiveLeadsGoal { get; set; } = DefaultActiveLeadsGoal;

    /// <summary>IANA time zone id, e.g. "Europe/London".</summary>
    public string TimeZoneId { get; set; } = "UTC";

    public DateOnly? SearchStartDate { get; set; }

    public int SuggestionsPerDay { get; set; } = DefaultSuggestionsPerDay;

    /// <summary>The secret in the user's calendar-feed URL; null until the user turns the feed on. Rotating it kills the old URL.</summary>
    public string? CalendarFeedToken { get; set; }

    /// <summary>Email the day's suggestions, when the instance has an email server configured.</summary>
    public bool EmailDigestEnabled { get; set; }

    /// <summary>Local hour (0–23, in <see cref="TimeZoneId"/>) at or after which the daily email goes out.</summary>
    public int EmailDigestHour { get; set; } = 8;

    /// <summary>The local day the last digest was sent, so it goes once a day even across restarts.</summary>
    public DateOnly? LastDigestSentOn { get; set; }

    /// <summary>Where to POST the day's suggestions as JSON (ntfy, Gotify, a chat webhook…). Sent at the digest hour.</summary>
    public string? WebhookUrl { get; set; }

    public DateOnly? LastWebhookSentOn { get; set; }

    /// <summary>A coach's weekly summary of their caseload by email, on Mondays at <see cref="EmailDigestHour"/>.</summary>
    public bool CoachSummaryEnabled { get; set; }

    /// <summary>The Monday of the week the last coach summary went out for: claimed once per week across instances.</summary>
    public DateOnly? LastCoachSummaryWeek { get; set; }

    /// <summary>The local day the daily prompt was pushed to the user's devices; claimed like the digest's day.</summary>
    public DateOnly? LastPushSentOn { get; set; }

    /// <summary>Why the last webhook call failed, shown on the settings page; cleared by the next success.</summary>
    public string? LastWebhookError { get; set; }
}
