using System.ComponentModel.DataAnnotations;
using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Api;

public sealed class ApiTokenForm
{
    public static readonly int[] ExpiryChoices = [7, 30, 90, 365];

    [Required(ErrorMessage = "Name the token after what will use it, like “iPhone shortcut”.")]
    [StringLength(ApiToken.NameMaxLength, ErrorMessage = "A name can be at most {1} characters.")]
    public string Name { get; set; } = "";

    public ApiTokenScope Scope { get; set; } = ApiTokenScope.Read;

    [Range(1, 365, ErrorMessage = "Choose between 1 and 365 days.")]
    public int ExpiresInDays { get; set; } = 90;
}
