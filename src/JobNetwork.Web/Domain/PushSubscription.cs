namespace JobNetwork.Web.Domain;

/// <summary>
/// One browser on one device that asked for the daily prompt as a Web Push notification. The endpoint URL is a
/// secret (anyone holding it and the keys can notify the device), so it is never logged or shown.
/// </summary>
public class PushSubscription : OwnedEntity
{
    public const int EndpointMaxLength = 1000;
    public const int KeyMaxLength = 200;
    public const int DeviceMaxLength = 100;

    /// <summary>The push service's URL for this browser (https, on the browser vendor's push service).</summary>
    public string Endpoint { get; set; } = "";

    /// <summary>The browser's P-256 public key (base64url), the payload is encrypted to it.</summary>
    public string P256dh { get; set; } = "";

    /// <summary>The browser's authentication secret (base64url).</summary>
    public string Auth { get; set; } = "";

    /// <summary>A short summary of the browser's user agent ("Chrome on Android"), so the user can tell devices apart.</summary>
    public string Device { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? LastDeliveredAtUtc { get; set; }
}
