using System.ComponentModel.DataAnnotations;
using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Searches;

/// <summary>Starting a search, or correcting one's name or start day.</summary>
public sealed class JobSearchForm
{
    [Required(ErrorMessage = "Give the search a name, like “Spring 2027”.")]
    [StringLength(JobSearch.NameMaxLength, ErrorMessage = "A name can be at most {1} characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Choose the day the search starts.")]
    public DateTime? StartsOn { get; set; }

    public Guid Version { get; set; }

    public static JobSearchForm From(SearchSpan search) => new()
    {
        Name = search.Name,
        StartsOn = search.StartsOn.ToDateTime(TimeOnly.MinValue),
        Version = search.Version,
    };

    internal DateOnly? Day => StartsOn is { } date ? DateOnly.FromDateTime(date) : null;

    internal void CopyTo(JobSearch search)
    {
        search.Name = Name.Trim();
        search.StartsOn = Day!.Value;
    }
}
