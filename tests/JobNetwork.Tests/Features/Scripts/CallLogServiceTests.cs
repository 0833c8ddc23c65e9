using JobNetwork.Tests.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Scripts;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Tests.Features.Scripts;

/// <summary>The ten-second log: reaching someone or leaving a message is an ask with the channel filled in; no answer is a retry.</summary>
[Trait("Database", "Any")]
public sealed class CallLogServiceTests : TwoUserTestBase
{
    private static CallLogService CallLog(TestUser user) => new(user.Factory, user.Asks, user.UserClock);

    [Fact]
    public async Task Reaching_them_saves_an_ask_for_today_with_the_channel_and_outcome()
    {
        var ann = await Alice.AddContactAsync("Ann");

        var result = await CallLog(Alice).LogAsync(ann, CallResult.Reached, AskChannel.Phone, AskOutcome.GaveReferral, "Who do you know at Acme?", None);

        Assert.Equal(SaveStatus.Saved, result.Save.Status);
        Assert.Null(result.RetryOn);
        await using var db = Alice.Db();
        var ask = await db.Asks.SingleAsync();
        Assert.Equal(result.AskId, ask.Id);
        Assert.Equal((AskChannel.Phone, AskOutcome.GaveReferral, new DateOnly(2026, 6, 15), "Who do you know at Acme?"),
            (ask.Channel, ask.Outcome, ask.AskedOn, ask.Question));
    }

    [Fact]
    public async Task Leaving_a_message_is_an_ask_waiting_for_a_reply_with_a_check_back_date()
    {
        var ann = await Alice.AddContactAsync("Ann");

        await CallLog(Alice).LogAsync(ann, CallResult.LeftMessage, AskChannel.Message, AskOutcome.Helped, "Who do you know?", None);

        await using var db = Alice.Db();
        var ask = await db.Asks.SingleAsync();
        Assert.Equal((AskChannel.Message, AskOutcome.PendingReply, (DateOnly?)new DateOnly(2026, 6, 18)), (ask.Channel, ask.Outcome, ask.FollowUpOn));
    }

    [Fact]
    public async Task No_answer_is_not_an_ask_but_a_follow_up_tomorrow_that_keeps_an_earlier_plan()
    {
        var ann = await Alice.AddContactAsync("Ann");

        var result = await CallLog(Alice).LogAsync(ann, CallResult.NoAnswer, AskChannel.Phone, AskOutcome.PendingReply, "Who?", None);

        Assert.Equal(new DateOnly(2026, 6, 16), result.RetryOn);
        Assert.Null(result.AskId);
        await using var db = Alice.Db();
        Assert.Empty(await db.Asks.ToListAsync());
        Assert.Equal(new DateOnly(2026, 6, 16), (await db.Contacts.SingleAsync()).NextFollowUpOn);
    }

    [Fact]
    public async Task Another_users_contact_cannot_be_logged_or_rescheduled()
    {
        var bobsContact = await Bob.AddContactAsync("Bob's friend");

        var asked = await CallLog(Alice).LogAsync(bobsContact, CallResult.Reached, AskChannel.Phone, AskOutcome.Helped, "Who?", None);
        var retried = await CallLog(Alice).LogAsync(bobsContact, CallResult.NoAnswer, AskChannel.Phone, AskOutcome.Helped, "Who?", None);

        Assert.Equal(SaveStatus.NotFound, asked.Save.Status);
        Assert.Equal(SaveStatus.NotFound, retried.Save.Status);
        await using var db = Bob.Db();
        Assert.Empty(await db.Asks.ToListAsync());
        Assert.Null((await db.Contacts.SingleAsync()).NextFollowUpOn);
    }

    [Fact]
    public void A_whole_script_as_the_question_is_cut_to_fit()
    {
        Assert.Equal(Ask.QuestionMaxLength, CallLogService.Shorten(new string('a', 900)).Length);
        Assert.Equal("Who do you know at …?", CallLogService.Shorten("  "));
    }
}
