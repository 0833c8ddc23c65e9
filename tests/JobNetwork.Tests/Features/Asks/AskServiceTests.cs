using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Asks;
using JobNetwork.Web.Features.Common;

namespace JobNetwork.Tests.Features.Asks;

[Trait("Database", "Any")]
public sealed class AskServiceTests : TwoUserTestBase
{
    // 11:30 UTC on 10 October 2026 is already 00:30 on 11 October in Auckland (NZDT, UTC+13)
    // but still 04:30 on 10 October in Los Angeles (PDT, UTC-7). The fake clock starts earlier and only moves forward.
    private static readonly DateTimeOffset JustAfterMidnightInAuckland = new(2026, 10, 10, 11, 30, 0, TimeSpan.Zero);

    private static AskForm On(DateOnly day, string question = "Who do you know at Acme?") =>
        new() { AskedOn = day.ToDateTime(TimeOnly.MinValue), Question = question };

    [Fact]
    public async Task An_ask_for_today_in_the_users_time_zone_is_saved_even_when_it_is_still_yesterday_in_utc()
    {
        Clock.SetUtcNow(JustAfterMidnightInAuckland);
        await Alice.UseTimeZoneAsync("Pacific/Auckland");
        var ann = await Alice.AddContactAsync("Ann");

        var result = await Alice.Asks.LogAsync(ann, On(new DateOnly(2026, 10, 11)), None);

        Assert.Equal(SaveStatus.Saved, result.Status);
        Assert.Equal(new DateOnly(2026, 10, 11), Assert.Single(await Alice.Asks.ForContactAsync(ann, None)).AskedOn);
    }

    [Theory]
    [InlineData("America/Los_Angeles")]
    [InlineData("UTC")]
    public async Task The_same_day_is_in_the_future_for_a_user_whose_zone_has_not_reached_it(string timeZone)
    {
        Clock.SetUtcNow(JustAfterMidnightInAuckland);
        await Alice.UseTimeZoneAsync(timeZone);
        var ann = await Alice.AddContactAsync("Ann");

        var result = await Alice.Asks.LogAsync(ann, On(new DateOnly(2026, 10, 11)), None);

        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.Contains("hasn't happened yet", result.Message);
        Assert.Empty(await Alice.Asks.ForContactAsync(ann, None));
        Assert.Equal(SaveStatus.Saved, (await Alice.Asks.LogAsync(ann, On(new DateOnly(2026, 10, 10)), None)).Status);
    }

    [Fact]
    public async Task An_ask_without_a_date_is_logged_for_today_and_its_text_is_trimmed()
    {
        Clock.SetUtcNow(JustAfterMidnightInAuckland);
        await Alice.UseTimeZoneAsync("Pacific/Auckland");
        var ann = await Alice.AddContactAsync("Ann");

        await Alice.Asks.LogAsync(ann, new AskForm { AskedOn = null, Question = "  Can you help me?  ", Notes = "   ", Channel = AskChannel.Email }, None);

        var row = Assert.Single(await Alice.Asks.ForContactAsync(ann, None));
        Assert.Equal((new DateOnly(2026, 10, 11), "Can you help me?", (string?)null, AskChannel.Email), (row.AskedOn, row.Question, row.Notes, row.Channel));
    }

    [Fact]
    public async Task Logging_an_ask_for_a_contact_that_is_missing_or_another_users_is_not_found()
    {
        var alicesContact = await Alice.AddContactAsync("Ann");

        Assert.Equal(SaveStatus.NotFound, (await Bob.Asks.LogAsync(alicesContact, On(new DateOnly(2026, 6, 1)), None)).Status);
        Assert.Equal(SaveStatus.NotFound, (await Alice.Asks.LogAsync(alicesContact + 99, On(new DateOnly(2026, 6, 1)), None)).Status);
        Assert.Empty(await Alice.Asks.ForContactAsync(alicesContact, None));
    }

    [Fact]
    public async Task Another_user_cannot_list_or_change_my_asks()
    {
        var ann = await Alice.AddContactAsync("Ann");
        var ask = await Alice.LogAskAsync(ann, new DateOnly(2026, 6, 1));

        Assert.Empty(await Bob.Asks.ForContactAsync(ann, None));
        Assert.False(await Bob.Asks.SetOutcomeAsync(ask, AskOutcome.Declined, None));
        Assert.Equal(AskOutcome.PendingReply, Assert.Single(await Alice.Asks.ForContactAsync(ann, None)).Outcome);
    }

    [Fact]
    public async Task A_contacts_asks_are_listed_newest_day_first_then_latest_logged_first()
    {
        var ann = await Alice.AddContactAsync("Ann");
        var ben = await Alice.AddContactAsync("Ben");
        var middle = await Alice.LogAskAsync(ann, new DateOnly(2026, 5, 10));
        var oldest = await Alice.LogAskAsync(ann, new DateOnly(2026, 4, 1));
        var newestFirstLogged = await Alice.LogAskAsync(ann, new DateOnly(2026, 6, 1));
        var newestLastLogged = await Alice.LogAskAsync(ann, new DateOnly(2026, 6, 1));
        await Alice.LogAskAsync(ben, new DateOnly(2026, 6, 2));

        var rows = await Alice.Asks.ForContactAsync(ann, None);

        Assert.Equal([newestLastLogged, newestFirstLogged, middle, oldest], rows.Select(r => r.Id));
    }

    [Fact]
    public async Task Set_outcome_records_the_reply()
    {
        var ann = await Alice.AddContactAsync("Ann");
        var ask = await Alice.LogAskAsync(ann, new DateOnly(2026, 6, 1));

        Assert.True(await Alice.Asks.SetOutcomeAsync(ask, AskOutcome.GaveReferral, None));
        Assert.False(await Alice.Asks.SetOutcomeAsync(ask + 1, AskOutcome.Helped, None));

        Assert.Equal(AskOutcome.GaveReferral, Assert.Single(await Alice.Asks.ForContactAsync(ann, None)).Outcome);
    }
}
