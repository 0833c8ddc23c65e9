namespace JobNetwork.Web.Domain;

/// <summary>
/// A personal access token for the REST API. Only the SHA-256 of the secret is kept: the secret itself is shown once,
/// when the token is made, and can never be read back.
/// </summary>
public class ApiToken : OwnedEntity
{
    public const int NameMaxLength = 100;

    public string Name { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the whole secret; what a request's bearer token is looked up by.</summary>
    public string SecretHash { get; set; } = "";

    /// <summary>The first characters of the secret, so the user can tell tokens apart in the list.</summary>
    public string Prefix { get; set; } = "";

    public ApiTokenScope Scope { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    public DateTime? LastUsedAtUtc { get; set; }
}

public enum ApiTokenScope
{
    Read,
    ReadWrite,
}
