namespace JobNetwork.Web.Data;

/// <summary>Who the current request or circuit acts for. Null when nobody is signed in.</summary>
public interface ICurrentUser
{
    string? UserId { get; }

    /// <summary>True for a coach's read-only view of a client: the context then refuses to save anything.</summary>
    bool IsReadOnly => false;

    /// <summary>
    /// For a coach's caseload only: the clients (checked against live grants just before) whose rows this context
    /// reads all at once, instead of one user's. Null for everyone else. See <see cref="OwnerScopeModelCacheKeyFactory"/>.
    /// </summary>
    IReadOnlyList<string>? ClientIds => null;
}

/// <summary>
/// "Act as this user" outside a request: the demo seeder, the benchmarks and the tests open contexts that see one
/// user's rows and stamp that user on what they save. Settable, so a test can switch users on one factory.
/// </summary>
public class ActingUser(string? userId = null) : ICurrentUser
{
    public string? UserId { get; set; } = userId;
}
