using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Scripts;
using JobNetwork.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Today;

public sealed record TodayView(DateOnly Today, IReadOnlyList<DailySuggestion> Suggestions, int Streak, int AsksThisWeek);

/// <summary>
/// The day's suggestions, chosen once per local day by <see cref="SuggestionEngine"/> and stored, so refreshing never
/// reshuffles and Done, Snooze and Skip stick.
/// </summary>
public sealed class TodayService(IDbContextFactory<AppDbContext> contextFactory, SettingsService settings, SuggestionEngine engine, TimeProvider clock)
{
    public async Task<TodayView> GetAsync(CancellationToken cancellationToken)
    {
        var (zone, count) = await UserPreferencesAsync(cancellationToken);
        var today = UserClock.Today(zone, clock);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stored = await ForDayAsync(db, today, cancellationToken);

        // "Make a list of people you know well" is re-decided on each visit: once people are added there is someone to call.
        var onlyBuildYourList = stored.Count > 0 && stored.All(s => s.ContactId is null && s.Status == DailySuggestionStatus.Open);
        if (stored.Count == 0 || onlyBuildYourList)
        {
            stored = await ChooseOnceAsync(db, zone, count, today, stored, cancellationToken);
        }

        var (streak, week) = await StreakAsync(db, today, cancellationToken);
        var visible = stored.Where(s => s.Status is DailySuggestionStatus.Open or DailySuggestionStatus.Done).OrderBy(s => s.Position).ToList();
        return new TodayView(today, visible, streak, week);
    }

    /// <summary>
    /// The one place a day's list is written. Two first reads at the same moment (two tabs, the page and the digest or
    /// the calendar feed) both choose; the unique index on (owner, day, position) lets one insert win, and the other
    /// re-reads the list that won instead of adding a second one.
    /// </summary>
    private async Task<List<DailySuggestion>> ChooseOnceAsync(
        AppDbContext db, TimeZoneInfo zone, int count, DateOnly today, List<DailySuggestion> replacing, CancellationToken cancellationToken)
    {
        db.DailySuggestions.RemoveRange(replacing);
        var picked = engine.Suggest(await InputAsync(db, zone, count, today, [], cancellationToken));
        var chosen = picked.Select((s, i) => ToEntity(s, today, i)).ToList();
        db.DailySuggestions.AddRange(chosen);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return chosen;
        }
        catch (DbUpdateException)
        {
            // A unique-index conflict (or rows someone else already replaced) means another read stored the list first.
            db.ChangeTracker.Clear();
            var winner = await ForDayAsync(db, today, cancellationToken);
            if (winner.Count == 0)
            {
                throw;
            }

            return winner;
        }
    }

    public Task<bool> MarkDoneAsync(int suggestionId, CancellationToken cancellationToken) =>
        SetStatusAsync(suggestionId, DailySuggestionStatus.Done, replace: false, cancellationToken);

    /// <summary>Not today: the person may come back tomorrow (a snooze does not count as "suggested yesterday").</summary>
    public Task<bool> SnoozeAsync(int suggestionId, CancellationToken cancellationToken) =>
        SetStatusAsync(suggestionId, DailySuggestionStatus.Snoozed, replace: false, cancellationToken);

    /// <summary>Not this person: replaced at once with the next candidate.</summary>
    public Task<bool> SkipAsync(int suggestionId, CancellationToken cancellationToken) =>
        SetStatusAsync(suggestionId, DailySuggestionStatus.Skipped, replace: true, cancellationToken);

    private async Task<bool> SetStatusAsync(int suggestionId, DailySuggestionStatus status, bool replace, CancellationToken cancellationToken)
    {
        // Two Skips at once both append at the next position; the unique index refuses one, which then simply tries again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TrySetStatusAsync(suggestionId, status, replace, cancellationToken);
            }
            catch (DbUpdateException) when (replace && attempt < 3)
            {
                // The status change is idempotent, so the whole step is simply run again on a fresh context.
            }
        }
    }

    private async Task<bool> TrySetStatusAsync(int suggestionId, DailySuggestionStatus status, bool replace, CancellationToken cancellationToken)
    {
        var (zone, count) = await UserPreferencesAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var suggestion = await db.DailySuggestions.FirstOrDefaultAsync(s => s.Id == suggestionId, cancellationToken);
        if (suggestion is null)
        {
            return false;
        }

        suggestion.Status = status;
        if (replace)
        {
            var today = suggestion.Day;
            var taken = await db.DailySuggestions.Where(s => s.Day == today && s.ContactId != null)
                .Select(s => s.ContactId!.Value).ToListAsync(cancellationToken);
            var next = engine.Suggest(await InputAsync(db, zone, SuggestionEngine.MaxCount, today, taken, cancellationToken))
                .FirstOrDefault(s => s.ContactId is not null);
            if (next is not null)
            {
                var position = await db.DailySuggestions.Where(s => s.Day == today).MaxAsync(s => s.Position, cancellationToken) + 1;
                db.DailySuggestions.Add(ToEntity(next, today, position));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<(TimeZoneInfo Zone, int Count)> UserPreferencesAsync(CancellationToken cancellationToken)
    {
        var userSettings = await settings.GetAsync(cancellationToken);
        return (SettingsService.FindTimeZone(userSettings.TimeZoneId), userSettings.SuggestionsPerDay);
    }

    private static Task<List<DailySuggestion>> ForDayAsync(AppDbContext db, DateOnly day, CancellationToken cancellationToken) =>
        db.DailySuggestions.Where(s => s.Day == day).OrderBy(s => s.Position).ToListAsync(cancellationToken);

    private static async Task<SuggestionInput> InputAsync(
        AppDbContext db, TimeZoneInfo zone, int count, DateOnly today, IReadOnlyCollection<int> alsoExclude, CancellationToken cancellationToken)
    {
        var yesterday = today.AddDays(-1);
        var suggestedYesterday = await db.DailySuggestions
            .Where(s => s.Day == yesterday && s.ContactId != null && s.Status != DailySuggestionStatus.Snoozed)
            .Select(s => s.ContactId!.Value).ToListAsync(cancellationToken);
        var notToday = await db.DailySuggestions
            .Where(s => s.Day == today && s.ContactId != null && (s.Status == DailySuggestionStatus.Snoozed || s.Status == DailySuggestionStatus.Skipped))
            .Select(s => s.ContactId!.Value).ToListAsync(cancellationToken);
        var targets = await db.Companies.Where(c => c.IsTarget).OrderBy(c => c.Name).Select(c => c.Name).Take(10).ToListAsync(cancellationToken);
        var candidates = await CandidateQueries.LoadAsync(db, cancellationToken);
        var mismatchedAgencies = (await NetworkAdviceService.AgencyMismatchesAsync(db, cancellationToken)).Select(a => a.CircleId).ToHashSet();
        return new SuggestionInput(zone, count, candidates, targets, suggestedYesterday.ToHashSet(), notToday.Concat(alsoExclude).ToHashSet())
        {
            MismatchedAgencyCircleIds = mismatchedAgencies,
            Today = today,
        };
    }

    /// <summary>The Today page's streak and week (<see cref="AskStreak"/>); a coach's caseload applies the same rules.</summary>
    public static async Task<(int Streak, int Week)> StreakAsync(AppDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var since = today.AddDays(-AskStreak.LookBackDays);
        var days = (await db.Asks.Where(a => a.AskedOn >= since && a.AskedOn <= today)
            .Select(a => a.AskedOn).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var monday = AskStreak.WeekStart(today);
        var week = await db.Asks.CountAsync(a => a.AskedOn >= monday && a.AskedOn <= today, cancellationToken);
        return (AskStreak.Streak(days, today), week);
    }

    private static DailySuggestion ToEntity(Suggestion suggestion, DateOnly day, int position) => new()
    {
        Day = day,
        Position = position,
        ContactId = suggestion.ContactId,
        ContactName = suggestion.ContactName,
        Kind = suggestion.Kind.ToString(),
        SuggestedChannel = suggestion.SuggestedChannel,
        WhatToAsk = Truncate(suggestion.WhatToAsk),
        Reason = Truncate(suggestion.Reason),
    };

    private static string Truncate(string text) => text.Length <= DailySuggestion.TextMaxLength ? text : text[..DailySuggestion.TextMaxLength];
}
