using System.ComponentModel.DataAnnotations;
using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Asks;

public sealed class AskForm
{
    public static readonly string[] QuickQuestions =
    [
        "Can you help me?",
        "Who do you know at …?",
        "Can you introduce me to …?",
    ];

    [Required(ErrorMessage = "Choose the day you asked.")]
    public DateTime? AskedOn { get; set; }

    public AskChannel Channel { get; set; } = AskChannel.Phone;

    [Required(ErrorMessage = "Say what you asked, e.g. “Who do you know at Acme?”.")]
    [StringLength(Ask.QuestionMaxLength, ErrorMessage = "Keep this under {1} characters.")]
    public string Question { get; set; } = QuickQuestions[1];

    public AskOutcome Outcome { get; set; } = AskOutcome.PendingReply;

    [StringLength(Ask.NotesMaxLength, ErrorMessage = "Notes can be at most {1} characters.")]
    public string? Notes { get; set; }

    public DateTime? FollowUpOn { get; set; }

    /// <summary>The version the form was loaded at (edits only), so a change made elsewhere meanwhile is detected.</summary>
    public Guid Version { get; set; }

    public static AskForm From(Ask ask) => new()
    {
        AskedOn = ask.AskedOn.ToDateTime(TimeOnly.MinValue),
        Channel = ask.Channel,
        Question = ask.Question,
        Outcome = ask.Outcome,
        Notes = ask.Notes,
        FollowUpOn = ask.FollowUpOn?.ToDateTime(TimeOnly.MinValue),
        Version = ask.Version,
    };

    public void CopyTo(Ask ask, DateOnly askedOn)
    {
        ask.AskedOn = askedOn;
        ask.Channel = Channel;
        ask.Question = Question.Trim();
        ask.Outcome = Outcome;
        ask.Notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim();
        ask.FollowUpOn = FollowUpOn is { } followUp ? DateOnly.FromDateTime(followUp) : null;
    }
}
