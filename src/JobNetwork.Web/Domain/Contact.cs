namespace JobNetwork.Web.Domain;

/// <summary>A person the user knows, or has been told about, who might help them find work.</summary>
public class Contact : OwnedEntity, ITrashable
{
    public const int NameMaxLength = 200;
    public const int HowWeMetMaxLength = 500;
    public const int TitleMaxLength = 200;
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 50;
    public const int UrlMaxLength = 500;
    public const int LocationMaxLength = 200;
    public const int NotesMaxLength = 4000;

    public string Name { get; set; } = "";

    public string? HowWeMet { get; set; }

    public Closeness Closeness { get; set; } = Closeness.Know;

    public int? CompanyId { get; set; }

    public Company? Company { get; set; }

    public string? Title { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>E.164 form of <see cref="Phone"/> (or its digits), so duplicates match however the number was typed.</summary>
    public string? PhoneNormalized { get; set; }

    public string? LinkedInUrl { get; set; }

    public string? Location { get; set; }

    public string? Notes { get; set; }

    public DateOnly? NextFollowUpOn { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public List<ContactCircle> Memberships { get; set; } = [];

    public List<ContactTag> Tags { get; set; } = [];

    public List<Ask> Asks { get; set; } = [];

    public List<Referral> ReferralsGiven { get; set; } = [];

    public List<Referral> ReferralsReceived { get; set; } = [];

    public List<JobLead> LeadsCredited { get; set; } = [];

    public DateTime? TrashedAtUtc { get; set; }

    public Guid? TrashBatchId { get; set; }
}

public enum Closeness
{
    KnowWell,
    Know,
    MetOnce,
}
