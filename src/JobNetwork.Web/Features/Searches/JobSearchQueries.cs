using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Searches;

/// <summary>
/// Reads the user's searches through whatever context the caller holds (the user's own, or a coach's read-only one
/// acting as the client), so the dashboard and the searches card see the same timeline.
/// </summary>
internal static class JobSearchQueries
{
    public static async Task<List<SearchSpan>> StoredAsync(AppDbContext db, CancellationToken ct) =>
        await db.JobSearches.AsNoTracking().OrderBy(s => s.StartsOn)
            .Select(s => new SearchSpan(s.Id, s.Name, s.StartsOn, null, false, s.Version))
            .ToListAsync(ct);

    public static async Task<IReadOnlyList<SearchSpan>> TimelineAsync(
        AppDbContext db, DateOnly? settingsStart, TimeZoneInfo zone, TimeProvider clock, CancellationToken ct)
    {
        var stored = await StoredAsync(db, ct);
        return stored.Count > 0
            ? SearchComparison.Timeline(stored, default)
            : SearchComparison.Timeline([], await ImplicitStartAsync(db, settingsStart, zone, clock, ct));
    }

    /// <summary>
    /// When the first search began for a user who never started one: the "Search started on" setting if they gave it,
    /// else their first activity (first ask, contact or circle), else the day the account was created. Never after today.
    /// </summary>
    public static async Task<DateOnly> ImplicitStartAsync(AppDbContext db, DateOnly? settingsStart, TimeZoneInfo zone, TimeProvider clock, CancellationToken ct)
    {
        var today = UserClock.Today(zone, clock);
        if (settingsStart is { } declared)
        {
            return declared < today ? declared : today;
        }

        var firstAsk = await db.Asks.MinAsync(a => (DateOnly?)a.AskedOn, ct);
        var firstContact = Local(await db.Contacts.MinAsync(c => (DateTime?)c.CreatedAtUtc, ct), zone);
        var firstCircle = Local(await db.Circles.MinAsync(c => (DateTime?)c.CreatedAtUtc, ct), zone);
        var first = new[] { firstAsk, firstContact, firstCircle }.Where(d => d is not null).Min();
        if (first is null)
        {
            var userId = db.SignedInUserId;
            first = Local(await db.Users.Where(u => u.Id == userId).Select(u => (DateTime?)u.CreatedAtUtc).FirstOrDefaultAsync(ct), zone);
        }

        return first is { } day && day < today ? day : today;
    }

    private static DateOnly? Local(DateTime? utc, TimeZoneInfo zone) =>
        utc is { } value ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc), zone)) : null;
}
