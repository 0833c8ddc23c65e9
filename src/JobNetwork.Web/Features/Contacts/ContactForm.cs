using System.ComponentModel.DataAnnotations;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;

namespace JobNetwork.Web.Features.Contacts;

/// <summary>What the contact dialog edits. Copied to the entity field by field in <see cref="ContactService"/>.</summary>
public sealed class ContactForm
{
    [Required(ErrorMessage = "Enter the person's name.")]
    [StringLength(Contact.NameMaxLength, ErrorMessage = "A name can be at most {1} characters.")]
    public string Name { get; set; } = "";

    [StringLength(Contact.HowWeMetMaxLength, ErrorMessage = "Keep this under {1} characters.")]
    public string? HowWeMet { get; set; }

    public Closeness Closeness { get; set; } = Closeness.Know;

    /// <summary>An existing company's name, or a new one to create on save.</summary>
    [StringLength(Company.NameMaxLength, ErrorMessage = "A company name can be at most {1} characters.")]
    public string? CompanyName { get; set; }

    [StringLength(Contact.TitleMaxLength, ErrorMessage = "A job title can be at most {1} characters.")]
    public string? Title { get; set; }

    [OptionalEmail]
    [StringLength(Contact.EmailMaxLength, ErrorMessage = "An email address can be at most {1} characters.")]
    public string? Email { get; set; }

    [PhoneNumberText]
    [StringLength(Contact.PhoneMaxLength, ErrorMessage = "A phone number can be at most {1} characters.")]
    public string? Phone { get; set; }

    [HttpUrl]
    [StringLength(Contact.UrlMaxLength, ErrorMessage = "A link can be at most {1} characters.")]
    public string? LinkedInUrl { get; set; }

    [StringLength(Contact.LocationMaxLength, ErrorMessage = "A location can be at most {1} characters.")]
    public string? Location { get; set; }

    [StringLength(Contact.NotesMaxLength, ErrorMessage = "Notes can be at most {1} characters.")]
    public string? Notes { get; set; }

    public DateTime? NextFollowUpOn { get; set; }

    public List<int> CircleIds { get; set; } = [];

    public int? PrimaryCircleId { get; set; }

    public List<string> Tags { get; set; } = [];

    public Guid Version { get; set; }

    public static ContactForm From(Contact contact) => new()
    {
        Name = contact.Name,
        HowWeMet = contact.HowWeMet,
        Closeness = contact.Closeness,
        CompanyName = contact.Company?.Name,
        Title = contact.Title,
        Email = contact.Email,
        Phone = contact.Phone,
        LinkedInUrl = contact.LinkedInUrl,
        Location = contact.Location,
        Notes = contact.Notes,
        NextFollowUpOn = contact.NextFollowUpOn?.ToDateTime(TimeOnly.MinValue),
        CircleIds = contact.Memberships.Select(m => m.CircleId).ToList(),
        PrimaryCircleId = contact.Memberships.FirstOrDefault(m => m.IsPrimary)?.CircleId,
        Tags = contact.Tags.Select(t => t.Name).Order(StringComparer.CurrentCultureIgnoreCase).ToList(),
        Version = contact.Version,
    };

    /// <summary>Copies the plain fields; company, circles and tags need the database and are set by the service.</summary>
    internal void CopyTo(Contact contact)
    {
        contact.Name = Name.Trim();
        contact.HowWeMet = Clean(HowWeMet);
        contact.Closeness = Closeness;
        contact.Title = Clean(Title);
        contact.Email = Clean(Email);
        contact.Phone = Clean(Phone);
        contact.PhoneNormalized = PhoneNumberNormalizer.Normalize(Phone);
        contact.LinkedInUrl = LinkedInUrls.Normalize(LinkedInUrl);
        contact.Location = Clean(Location);
        contact.Notes = Clean(Notes);
        contact.NextFollowUpOn = NextFollowUpOn is { } date ? DateOnly.FromDateTime(date) : null;
    }

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
