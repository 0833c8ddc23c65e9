using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Asks;

public static class AskText
{
    public static string Label(this AskChannel channel) => channel switch
    {
        AskChannel.InPerson => "In person",
        AskChannel.VideoCall => "Video call",
        AskChannel.Email => "Email",
        AskChannel.Message => "Message",
        AskChannel.Other => "Other",
        _ => "Phone",
    };

    public static string Label(this AskOutcome outcome) => outcome switch
    {
        AskOutcome.Helped => "Helped",
        AskOutcome.GaveReferral => "Gave a referral",
        AskOutcome.GaveJobLead => "Gave a job lead",
        AskOutcome.CantHelpRightNow => "Can't help right now",
        AskOutcome.Declined => "Declined",
        AskOutcome.NoResponse => "No response",
        _ => "Pending reply",
    };

    /// <summary>Replies are every outcome except waiting and silence.</summary>
    public static bool IsReply(this AskOutcome outcome) => outcome is not (AskOutcome.PendingReply or AskOutcome.NoResponse);

    public static bool IsRefusal(this AskOutcome outcome) => outcome is AskOutcome.Declined or AskOutcome.CantHelpRightNow;
}
