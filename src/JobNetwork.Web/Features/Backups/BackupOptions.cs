namespace JobNetwork.Web.Features.Backups;

/// <summary>How often the instance copies its database into <c>&lt;data&gt;/backups</c> and how many copies it keeps.</summary>
public sealed class BackupOptions
{
    public const string Section = "Backups";

    /// <summary>Hours between scheduled backups; 0 turns the schedule off (on-demand backups still work).</summary>
    public int IntervalHours { get; set; } = 24;

    /// <summary>How many backups to keep; the oldest beyond this are deleted after each new one.</summary>
    public int Keep { get; set; } = 14;
}
