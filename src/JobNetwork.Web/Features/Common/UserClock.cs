using JobNetwork.Web.Features.Settings;

namespace JobNetwork.Web.Features.Common;

/// <summary>"Today" and local times in the signed-in user's own time zone, not the server's.</summary>
public sealed class UserClock(SettingsService settings, TimeProvider clock)
{
    public async Task<DateOnly> TodayAsync(CancellationToken cancellationToken)
    {
        var zone = await settings.GetTimeZoneAsync(cancellationToken);
        return Today(zone, clock);
    }

    public static DateOnly Today(TimeZoneInfo zone, TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);

    public async Task<DateTime> ToLocalAsync(DateTime utc, CancellationToken cancellationToken)
    {
        var zone = await settings.GetTimeZoneAsync(cancellationToken);
        return TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
    }
}
