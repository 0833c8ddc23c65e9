using System.ComponentModel.DataAnnotations;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Common;

namespace JobNetwork.Web.Features.JobLeads;

/// <summary>
/// Correcting a lead after it was added. Its status changes by moves (so each keeps its date) and its credit (where it
/// came from) is fixed when it is created, so neither is here.
/// </summary>
public sealed class JobLeadEditForm
{
    [Required(ErrorMessage = "Enter the job title, e.g. “Senior accountant”.")]
    [StringLength(JobLead.TitleMaxLength, ErrorMessage = "A title can be at most {1} characters.")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Enter the company that has this job.")]
    [StringLength(Company.NameMaxLength, ErrorMessage = "A company name can be at most {1} characters.")]
    public string? CompanyName { get; set; }

    [StringLength(JobLead.FoundViaMaxLength, ErrorMessage = "Keep this under {1} characters.")]
    public string? FoundVia { get; set; }

    public Advertising Advertising { get; set; }

    [HttpUrl]
    [StringLength(JobLead.UrlMaxLength, ErrorMessage = "A link can be at most {1} characters.")]
    public string? Url { get; set; }

    [StringLength(JobLead.NotesMaxLength, ErrorMessage = "Notes can be at most {1} characters.")]
    public string? Notes { get; set; }

    /// <summary>The version the lead was read at, so a change made elsewhere meanwhile is refused.</summary>
    public Guid Version { get; set; }

    public static JobLeadEditForm From(JobLead lead) => new()
    {
        Title = lead.Title,
        CompanyName = lead.Company?.Name,
        FoundVia = lead.FoundVia,
        Advertising = lead.Advertising,
        Url = lead.Url,
        Notes = lead.Notes,
        Version = lead.Version,
    };
}
