using System.Collections.Concurrent;

namespace JobNetwork.Web.Features.Digest;

/// <summary>
/// After a webhook fails, the next try waits 1, 2, 4, ... minutes, at most an hour, instead of hammering the receiver
/// (or someone else's server) every minute. Kept in memory: a restart simply tries again. Changing the URL starts afresh.
/// </summary>
public sealed class WebhookBackoff(TimeProvider clock)
{
    public static readonly TimeSpan FirstDelay = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan LongestDelay = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, Failures> failures = new();

    public bool IsDue(string userId, string url) =>
        !failures.TryGetValue(userId, out var f) || f.Url != url || clock.GetUtcNow() >= f.RetryAt;

    /// <returns>When the next try may be made.</returns>
    public DateTimeOffset Failed(string userId, string url)
    {
        var count = failures.TryGetValue(userId, out var previous) && previous.Url == url ? previous.Count + 1 : 1;
        var delay = TimeSpan.FromTicks(Math.Min(LongestDelay.Ticks, FirstDelay.Ticks << Math.Min(count - 1, 20)));
        var retryAt = clock.GetUtcNow() + delay;
        failures[userId] = new Failures(url, count, retryAt);
        return retryAt;
    }

    public void Succeeded(string userId) => failures.TryRemove(userId, out _);

    private sealed record Failures(string Url, int Count, DateTimeOffset RetryAt);
}
