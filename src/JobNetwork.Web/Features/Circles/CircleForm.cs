using System.ComponentModel.DataAnnotations;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Contacts;

namespace JobNetwork.Web.Features.Circles;

public sealed class CircleForm
{
    [Required(ErrorMessage = "Give the circle a name, like “Temple Beth El” or “Acme 2019–2023 team”.")]
    [StringLength(Circle.NameMaxLength, ErrorMessage = "A name can be at most {1} characters.")]
    public string Name { get; set; } = "";

    public CircleKind Kind { get; set; } = CircleKind.Friends;

    [StringLength(Circle.DescriptionMaxLength, ErrorMessage = "A description can be at most {1} characters.")]
    public string? Description { get; set; }

    [StringLength(Circle.FocusMaxLength, ErrorMessage = "Keep the focus under {1} characters.")]
    public string? Focus { get; set; }

    public DateTime? PluggedInOn { get; set; }

    [Range(1, 365, ErrorMessage = "Choose a number of days between 1 and 365, or leave it empty.")]
    public int? CadenceDays { get; set; }

    public Guid Version { get; set; }

    public static CircleForm From(Circle circle) => new()
    {
        Name = circle.Name,
        Kind = circle.Kind,
        Description = circle.Description,
        Focus = circle.Focus,
        PluggedInOn = circle.PluggedInOn.ToDateTime(TimeOnly.MinValue),
        CadenceDays = circle.CadenceDays,
        Version = circle.Version,
    };

    internal void CopyTo(Circle circle, DateOnly today)
    {
        circle.Name = Name.Trim();
        circle.Kind = Kind;
        circle.Description = ContactForm.Clean(Description);
        circle.Focus = ContactForm.Clean(Focus);
        circle.PluggedInOn = PluggedInOn is { } date ? DateOnly.FromDateTime(date) : today;
        circle.CadenceDays = CadenceDays;
    }
}
