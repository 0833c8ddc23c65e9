namespace JobNetwork.Web.Domain;

/// <summary>Settings of the whole instance, chosen by its administrator. One row; not owned by any user.</summary>
public class InstanceSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>Null means "use the configured <c>Registration:Mode</c>".</summary>
    public RegistrationMode? RegistrationMode { get; set; }

    /// <summary>The UTC day the Trash was last purged; the daily purge claims the day by setting it (one instance wins).</summary>
    public DateOnly? LastTrashPurgeOn { get; set; }
}

public enum RegistrationMode
{
    Closed,
    Open,
    InviteOnly,
}
