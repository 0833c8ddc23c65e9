using System.ComponentModel.DataAnnotations;
using JobNetwork.Web.Domain;

namespace JobNetwork.Web.Features.Push;

/// <summary>What the browser hands over when it subscribes (PushSubscription.toJSON()), plus its user agent.</summary>
public sealed class PushSubscriptionForm
{
    [Required(ErrorMessage = "The browser sent no push endpoint.")]
    [StringLength(Domain.PushSubscription.EndpointMaxLength, ErrorMessage = "A push endpoint can be at most {1} characters.")]
    public string Endpoint { get; set; } = "";

    [Required(ErrorMessage = "The browser sent no encryption key.")]
    [StringLength(Domain.PushSubscription.KeyMaxLength, ErrorMessage = "An encryption key can be at most {1} characters.")]
    public string P256dh { get; set; } = "";

    [Required(ErrorMessage = "The browser sent no authentication secret.")]
    [StringLength(Domain.PushSubscription.KeyMaxLength, ErrorMessage = "An authentication secret can be at most {1} characters.")]
    public string Auth { get; set; } = "";

    [StringLength(1000, ErrorMessage = "A user agent can be at most {1} characters.")]
    public string? UserAgent { get; set; }
}
