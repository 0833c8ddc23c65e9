using System.ComponentModel.DataAnnotations;
using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Coaching;

/// <summary>Settings → Sharing: who to invite and what they may see.</summary>
public sealed class CoachInviteForm
{
    [EmailAddress(ErrorMessage = "Enter the email address your coach signs in with.")]
    [MaxLength(CoachGrant.LabelMaxLength)]
    public string? Email { get; set; }

    public CoachScope Scope { get; set; } = CoachScope.ProgressOnly;
}
