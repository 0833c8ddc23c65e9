namespace JobNetwork.Web.Domain;

/// <summary>One time the user asked a contact for help. A contact's "last contacted" and "times asked" come from these.</summary>
public class Ask : OwnedEntity, ITrashable
{
    public const int QuestionMaxLength = 500;
    public const int NotesMaxLength = 4000;

    public int ContactId { get; set; }

    public Contact Contact { get; set; } = null!;

    public DateOnly AskedOn { get; set; }

    public AskChannel Channel { get; set; } = AskChannel.Phone;

    public string Question { get; set; } = "";

    public AskOutcome Outcome { get; set; } = AskOutcome.PendingReply;

    public string? Notes { get; set; }

    public DateOnly? FollowUpOn { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? TrashedAtUtc { get; set; }

    public Guid? TrashBatchId { get; set; }
}

public enum AskChannel
{
    Phone,
    InPerson,
    VideoCall,
    Email,
    Message,
    Other,
}

public enum AskOutcome
{
    PendingReply,
    Helped,
    GaveReferral,
    GaveJobLead,
    CantHelpRightNow,
    Declined,
    NoResponse,
}
