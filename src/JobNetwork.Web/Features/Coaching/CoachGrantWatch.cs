namespace JobNetwork.Web.Features.Coaching;

/// <summary>
/// Tells a coach's open pages that a grant ended. On this instance a revocation is announced at once; a revocation on
/// another instance is found by each open page re-reading its grant every <see cref="RecheckEvery"/> (one indexed
/// lookup per open coach tab), so no instance needs to know about the others.
/// </summary>
public sealed class CoachGrantWatch
{
    public static readonly TimeSpan DefaultRecheck = TimeSpan.FromSeconds(15);

    public TimeSpan RecheckEvery { get; init; } = DefaultRecheck;

    /// <summary>Raised with the grant's id after it was revoked on this instance.</summary>
    public event Action<int>? Ended;

    public void Announce(int grantId) => Ended?.Invoke(grantId);
}
