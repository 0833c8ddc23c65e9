using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Searches;

/// <summary>
/// The signed-in user's job searches: start one, correct its name or start, undo a start. Every account has a first
/// search without doing anything; it is stored only once the user starts a second one or corrects it.
/// </summary>
public sealed class JobSearchService(IDbContextFactory<AppDbContext> contextFactory, SettingsService settings, TimeProvider clock)
{
    /// <summary>The searches, oldest first, each with the day it ended (none for the last).</summary>
    public async Task<IReadOnlyList<SearchSpan>> ListAsync(CancellationToken cancellationToken)
    {
        var userSettings = await settings.GetAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await JobSearchQueries.TimelineAsync(db, userSettings.SearchStartDate, SettingsService.FindTimeZone(userSettings.TimeZoneId), clock, cancellationToken);
    }

    /// <summary>
    /// Starts a search on the form's day; the search running then ends the day before. A user who had only the implicit
    /// first search keeps it (stored, named "Your first search") unless the new one starts on or before its first day.
    /// </summary>
    public async Task<SaveResult> StartAsync(JobSearchForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var userSettings = await settings.GetAsync(cancellationToken);
        var zone = SettingsService.FindTimeZone(userSettings.TimeZoneId);
        if (Problem(form, UserClock.Today(zone, clock)) is { } problem)
        {
            return SaveResult.Invalid(problem);
        }

        var day = form.Day!.Value;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stored = await JobSearchQueries.StoredAsync(db, cancellationToken);
        if (stored.Count == 0)
        {
            var firstDay = await JobSearchQueries.ImplicitStartAsync(db, userSettings.SearchStartDate, zone, clock, cancellationToken);
            if (firstDay < day)
            {
                db.JobSearches.Add(new JobSearch { Name = SearchComparison.FirstSearchName, StartsOn = firstDay, CreatedAtUtc = Now });
            }
        }
        else if (stored.FirstOrDefault(s => s.StartsOn == day) is { } taken)
        {
            return SaveResult.Invalid(SameDay(taken.Name));
        }

        var search = new JobSearch { CreatedAtUtc = Now };
        form.CopyTo(search);
        db.JobSearches.Add(search);
        // One SaveChanges: the stored first search and the new one go in together or not at all.
        return await TrySaveAsync(db, cancellationToken) ?? SaveResult.Saved(search.Id);
    }

    /// <summary>Corrects a search's name or first day. Id 0 is the implicit first search, which is stored by this.</summary>
    public async Task<SaveResult> UpdateAsync(int id, JobSearchForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var userSettings = await settings.GetAsync(cancellationToken);
        if (Problem(form, UserClock.Today(SettingsService.FindTimeZone(userSettings.TimeZoneId), clock)) is { } problem)
        {
            return SaveResult.Invalid(problem);
        }

        var day = form.Day!.Value;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stored = await JobSearchQueries.StoredAsync(db, cancellationToken);
        JobSearch search;
        if (id == 0)
        {
            if (stored.Count > 0)
            {
                // Another tab stored the first search meanwhile.
                return SaveResult.ChangedElsewhere();
            }

            search = new JobSearch { CreatedAtUtc = Now };
            db.JobSearches.Add(search);
        }
        else
        {
            var found = await db.JobSearches.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (found is null)
            {
                return SaveResult.NotFound();
            }

            if (stored.FirstOrDefault(s => s.StartsOn == day && s.Id != id) is { } taken)
            {
                return SaveResult.Invalid(SameDay(taken.Name));
            }

            search = found;
            db.Entry(search).Property(s => s.Version).OriginalValue = form.Version;
        }

        form.CopyTo(search);
        return await TrySaveAsync(db, cancellationToken) ?? SaveResult.Saved(search.Id);
    }

    /// <summary>Takes back a search just started by mistake: the one before it runs on as if it had never ended.</summary>
    public async Task<bool> UndoStartAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var search = await db.JobSearches.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (search is null)
        {
            return false;
        }

        db.JobSearches.Remove(search);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static string? Problem(JobSearchForm form, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(form.Name))
        {
            return "Give the search a name, like “Spring 2027”.";
        }

        if (form.Name.Trim().Length > JobSearch.NameMaxLength)
        {
            return $"A name can be at most {JobSearch.NameMaxLength} characters.";
        }

        return form.Day switch
        {
            null => "Choose the day the search starts.",
            { } day when day > today => "A search starts today or on a day that has passed. Start it on the day you begin.",
            { } day when day < CoverageStart => "Choose a start day after 2000.",
            _ => null,
        };
    }

    private static readonly DateOnly CoverageStart = new(2000, 1, 1);

    private static string SameDay(string other) => $"“{other}” already starts on that day. Pick another day, or correct that search instead.";

    private static async Task<SaveResult?> TrySaveAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveResult.ChangedElsewhere();
        }
        catch (DbUpdateException)
        {
            // Another tab started a search on the same day at the same moment (the unique index caught it).
            return SaveResult.Invalid("Another search already starts on that day. Reload to see it.");
        }
    }
}
