using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace JobNetwork.E2E.Infrastructure;

public static class Accessibility
{
    private static readonly string[] FailingImpacts = ["serious", "critical"];

    /// <summary>
    /// Every rule still runs; only violations come back with all their nodes. The passes, incomplete and inapplicable
    /// lists (one node each instead of thousands) were most of the result's JSON and of each check's time.
    /// </summary>
    private static readonly AxeRunOptions ViolationsInDetail = new() { ResultTypes = [ResultType.Violations] };

    /// <summary>Runs axe-core on the page as it is now and fails on any serious or critical violation, listing rule and elements.</summary>
    public static async Task AssertNoSeriousAccessibilityViolationsAsync(IPage page)
    {
        // A snackbar or dialog still fading in is half transparent, and axe measures its contrast mid-fade (1.05:1).
        // Check the page as the user reads it: once no animation or transition is running.
        await page.WaitForFunctionAsync(
            "() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity)",
            null, new() { Timeout = 10_000 });
        // Legacy mode runs axe inside the page itself; the default mode opens a blank page to merge frame results, which
        // costs ~4 s per check on 2 cores. Same rules, same results here (no iframes): checked side by side.
#pragma warning disable CS0618
        var result = await StepTimer.TimeAsync("axe", () => page.RunAxeLegacy(context: null, ViolationsInDetail, axeSource: null));
#pragma warning restore CS0618
        var serious = result.Violations
            .Where(v => FailingImpacts.Contains(v.Impact, StringComparer.OrdinalIgnoreCase))
            .Select(v => (Violation: v, Nodes: v.Nodes.Where(n => !KnownAccessibilityIssues.Excuses(v.Id, n)).ToList()))
            .Where(v => v.Nodes.Count > 0)
            .ToList();
        if (serious.Count == 0)
        {
            return;
        }

        var report = string.Join(Environment.NewLine, serious.Select(v =>
            $"- {v.Violation.Id} ({v.Violation.Impact}): {v.Violation.Help}{Environment.NewLine}" +
            string.Join(Environment.NewLine, v.Nodes.Select(Describe))));
        Assert.Fail($"axe found {serious.Count} serious/critical accessibility violation(s) on {page.Url}:{Environment.NewLine}{report}");
    }

    private static string Describe(AxeResultNode node)
    {
        var checks = (node.All ?? []).Concat(node.None ?? []).Concat(node.Any ?? []).Select(c => c.Message).Distinct();
        return $"    at {node.Target?.Selector ?? node.Target?.ToString()}{Environment.NewLine}" +
            $"      {Truncate(node.Html)}{Environment.NewLine}      {string.Join(" | ", checks)}";
    }

    private static string Truncate(string? html) =>
        html is null ? "" : html.Length <= 300 ? html : html[..300] + "…";
}
