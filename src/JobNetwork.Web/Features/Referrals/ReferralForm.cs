using System.ComponentModel.DataAnnotations;
using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Referrals;

/// <summary>"Who do they know?": an existing contact, or a new person created on the spot.</summary>
public sealed class ReferralForm
{
    public int? ExistingContactId { get; set; }

    [StringLength(Contact.NameMaxLength, ErrorMessage = "A name can be at most {1} characters.")]
    public string? NewContactName { get; set; }

    [StringLength(Contact.TitleMaxLength, ErrorMessage = "A job title can be at most {1} characters.")]
    public string? NewContactTitle { get; set; }

    /// <summary>The new person's circle; by default "Met while job hunting" (never silently the referrer's string).</summary>
    public int? CircleId { get; set; }

    [StringLength(Company.NameMaxLength, ErrorMessage = "A company name can be at most {1} characters.")]
    public string? CompanyName { get; set; }

    public ReferralStatus Status { get; set; } = ReferralStatus.Named;

    [StringLength(Referral.NotesMaxLength, ErrorMessage = "Notes can be at most {1} characters.")]
    public string? Notes { get; set; }
}
