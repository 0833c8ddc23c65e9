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
}
