using System.ComponentModel.DataAnnotations;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;

namespace JobNetwork.Web.Features.JobLeads;

public sealed class JobLeadForm
{
    [Required(ErrorMessage = "Enter the job title, e.g. “Senior accountant”.")]
    [StringLength(JobLead.TitleMaxLength, ErrorMessage = "A title can be at most {1} characters.")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Enter the company that has this job.")]
    [StringLength(Company.NameMaxLength, ErrorMessage = "A company name can be at most {1} characters.")]
    public string? CompanyName { get; set; }

    public LeadSource Source { get; set; } = LeadSource.Contact;

    public int? SourceContactId { get; set; }

    public int? ReferralId { get; set; }

    [StringLength(JobLead.FoundViaMaxLength, ErrorMessage = "Keep this under {1} characters.")]
    public string? FoundVia { get; set; }

    public Advertising Advertising { get; set; }

    [HttpUrl]
    [StringLength(JobLead.UrlMaxLength, ErrorMessage = "A link can be at most {1} characters.")]
    public string? Url { get; set; }

    [StringLength(JobLead.NotesMaxLength, ErrorMessage = "Notes can be at most {1} characters.")]
    public string? Notes { get; set; }
}
