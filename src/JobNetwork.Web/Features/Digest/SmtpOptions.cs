namespace JobNetwork.Web.Features.Digest;

/// <summary>The instance's outgoing mail server. Email features stay off until <see cref="Host"/> is set.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? User { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "JobNetwork <jobnetwork@localhost>";

    /// <summary>None, StartTls or SslOnConnect.</summary>
    public string Security { get; set; } = "StartTls";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
