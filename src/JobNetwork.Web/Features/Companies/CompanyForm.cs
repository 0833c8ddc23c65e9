using System.ComponentModel.DataAnnotations;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;
using JobNetwork.Web.Features.Contacts;

namespace JobNetwork.Web.Features.Companies;

public sealed class CompanyForm
{
    [Required(ErrorMessage = "Enter the company's name.")]
    [StringLength(Company.NameMaxLength, ErrorMessage = "A company name can be at most {1} characters.")]
    public string Name { get; set; } = "";

    [HttpUrl]
    [StringLength(Company.WebsiteMaxLength, ErrorMessage = "A web address can be at most {1} characters.")]
    public string? Website { get; set; }

    [StringLength(Company.IndustryMaxLength, ErrorMessage = "An industry can be at most {1} characters.")]
    public string? Industry { get; set; }

    [StringLength(Company.LocationMaxLength, ErrorMessage = "A location can be at most {1} characters.")]
    public string? Location { get; set; }

    [StringLength(Company.NotesMaxLength, ErrorMessage = "Notes can be at most {1} characters.")]
    public string? Notes { get; set; }

    public bool IsTarget { get; set; }

    public Guid Version { get; set; }

    public static CompanyForm From(Company company) => new()
    {
        Name = company.Name,
        Website = company.Website,
        Industry = company.Industry,
        Location = company.Location,
        Notes = company.Notes,
        IsTarget = company.IsTarget,
        Version = company.Version,
    };

    internal void CopyTo(Company company)
    {
        company.Name = Name.Trim();
        company.Website = ContactForm.Clean(Website);
        company.Industry = ContactForm.Clean(Industry);
        company.Location = ContactForm.Clean(Location);
        company.Notes = ContactForm.Clean(Notes);
        company.IsTarget = IsTarget;
    }
}
