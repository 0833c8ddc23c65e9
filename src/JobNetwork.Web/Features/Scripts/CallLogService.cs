using JobNetwork.Web.Data;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Asks;
using JobNetwork.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace JobNetwork.Web.Features.Scripts;

/// <summary>How a call or text went, as the user taps it in the outcome sheet.</summary>
public enum CallResult
{
    Reached,
    NoAnswer,
    LeftMessage,
}

/// <summary>What the outcome sheet saved: an ask (with its id) or, after no answer, only a retry date.</summary>
public sealed record CallLogResult(SaveResult Save, int? AskId, DateOnly? RetryOn);

/// <summary>
/// The ten-second log after a call or text. Reaching someone or leaving a message is an ask; no answer is not (the
/// person never heard the question), so it only plans a retry for tomorrow, which Today suggests as a follow-up.
/// </summary>
public sealed class CallLogService(IDbContextFactory<AppDbContext> contextFactory, AskService asks, UserClock userClock)
{
    /// <summary>After a voicemail, when to check back if they have not called.</summary>
    public const int CheckBackAfterMessageDays = 3;

    public async Task<CallLogResult> LogAsync(
        int contactId, CallResult result, AskChannel channel, AskOutcome outcome, string question, CancellationToken cancellationToken)
    {
        var today = await userClock.TodayAsync(cancellationToken);
        if (result == CallResult.NoAnswer)
        {
            var retryOn = today.AddDays(1);
            return await PlanRetryAsync(contactId, retryOn, cancellationToken)
                ? new CallLogResult(SaveResult.Saved(contactId), null, retryOn)
                : new CallLogResult(SaveResult.NotFound(), null, null);
        }

        var form = new AskForm
        {
            AskedOn = today.ToDateTime(TimeOnly.MinValue),
            Channel = channel,
            Question = Shorten(question),
            Outcome = result == CallResult.LeftMessage ? AskOutcome.PendingReply : outcome,
            Notes = result == CallResult.LeftMessage ? "Left a message." : null,
            FollowUpOn = result == CallResult.LeftMessage || outcome == AskOutcome.PendingReply
                ? today.AddDays(CheckBackAfterMessageDays).ToDateTime(TimeOnly.MinValue)
                : null,
        };
        var saved = await asks.LogAsync(contactId, form, cancellationToken);
        return new CallLogResult(saved, saved.Succeeded ? saved.Id : null, null);
    }

    /// <summary>The stored ask question: the script's question sentence fits; a whole script is cut to the column's size.</summary>
    public static string Shorten(string question)
    {
        var text = string.IsNullOrWhiteSpace(question) ? AskForm.QuickQuestions[1] : question.Trim();
        return text.Length <= Ask.QuestionMaxLength ? text : text[..(Ask.QuestionMaxLength - 1)] + "…";
    }

    private async Task<bool> PlanRetryAsync(int contactId, DateOnly retryOn, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var contact = await db.Contacts.FirstOrDefaultAsync(c => c.Id == contactId, cancellationToken);
        if (contact is null)
        {
            return false;
        }

        // An earlier planned follow-up stays: it already brings them back sooner.
        if (contact.NextFollowUpOn is not { } planned || planned > retryOn)
        {
            contact.NextFollowUpOn = retryOn;
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }
}
