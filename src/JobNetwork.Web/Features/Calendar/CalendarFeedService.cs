using System.Security.Cryptography;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Today;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Calendar;

/// <summary>
/// A private iCalendar feed of follow-ups due and the daily prompt, for Google, Apple or Outlook calendars.
/// The URL's secret is the only credential, so it is long, random, and can be rotated.
/// </summary>
public sealed class CalendarFeedService(IDbContextFactory<AppDbContext> contextFactory, TodayService today, ThankYouService thankYous, UserClock clock)
{
    public const int DaysBack = 7;
    public const int DaysAhead = 60;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.JobSearchSettings.Select(s => s.CalendarFeedToken).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Turns the feed on, or gives it a new secret: the old URL stops working at once.</summary>
    public async Task<string> RotateTokenAsync(CancellationToken cancellationToken)
    {
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // A set-based update (still filtered to this user) leaves the settings' version alone, so a settings form
        // open on the same page can still be saved.
        if (await db.JobSearchSettings.ExecuteUpdateAsync(u => u.SetProperty(s => s.CalendarFeedToken, token), cancellationToken) == 0)
        {
            db.JobSearchSettings.Add(new Domain.JobSearchSettings { CalendarFeedToken = token });
            await db.SaveChangesAsync(cancellationToken);
        }

        return token;
    }

    public async Task TurnOffAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.JobSearchSettings.ExecuteUpdateAsync(u => u.SetProperty(s => s.CalendarFeedToken, (string?)null), cancellationToken);
    }

    /// <summary>The signed-in (or acted-for) user's feed as iCalendar text.</summary>
    public async Task<string> BuildAsync(CancellationToken cancellationToken)
    {
        var now = await clock.TodayAsync(cancellationToken);
        var from = now.AddDays(-DaysBack);
        var to = now.AddDays(DaysAhead);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var followUps = await db.Contacts.AsNoTracking()
            .Where(c => c.NextFollowUpOn != null && c.NextFollowUpOn >= from && c.NextFollowUpOn <= to)
            .Select(c => new { c.Id, c.Name, Day = c.NextFollowUpOn!.Value })
            .ToListAsync(cancellationToken);
        var askFollowUps = await db.Asks.AsNoTracking()
            .Where(a => a.FollowUpOn != null && a.FollowUpOn >= from && a.FollowUpOn <= to)
            .Select(a => new { a.Id, a.ContactId, a.Contact.Name, Day = a.FollowUpOn!.Value, a.Question })
            .ToListAsync(cancellationToken);

        var calendar = new Ical.Net.Calendar { ProductId = "-//JobNetwork//Daily prompt//EN" };
        calendar.AddProperty("X-WR-CALNAME", "JobNetwork");
        foreach (var f in followUps)
        {
            calendar.Events.Add(AllDay($"contact-{f.Id}-{f.Day:yyyyMMdd}@jobnetwork", f.Day, $"Follow up with {f.Name}",
                "Ask who they know at companies that might give you jobs."));
        }

        foreach (var a in askFollowUps)
        {
            calendar.Events.Add(AllDay($"ask-{a.Id}@jobnetwork", a.Day, $"Follow up with {a.Name}", $"You asked: {a.Question}"));
        }

        var suggestions = (await today.GetAsync(cancellationToken)).Suggestions;
        if (suggestions.Count > 0)
        {
            var summary = suggestions[0].ContactId is null
                ? "Something to do today: make a list of people you know well"
                : $"Something to do today: contact {string.Join(", ", suggestions.Select(s => s.ContactName))}";
            var description = string.Join("\n", suggestions.Select(s => $"{s.WhatToAsk} {s.Reason}"));
            calendar.Events.Add(AllDay($"today-{now:yyyyMMdd}@jobnetwork", now, summary, description));
        }

        // A thank-you is its own event, so the calendar shows who to call back even on a day with no suggestion.
        foreach (var t in await thankYous.DueAsync(cancellationToken))
        {
            calendar.Events.Add(AllDay($"thanks-{t.Id}-{now:yyyyMMdd}@jobnetwork", now, t.Text, ThankYouText.Reason(t.ReferrerName)));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalendarEvent AllDay(string uid, DateOnly day, string summary, string description) => new()
    {
        Uid = uid,
        Summary = summary,
        Description = description,
        DtStart = new CalDateTime(day),
        DtEnd = new CalDateTime(day.AddDays(1)),
    };
}
