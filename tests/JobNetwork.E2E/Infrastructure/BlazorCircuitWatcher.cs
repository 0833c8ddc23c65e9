using System.Collections.Concurrent;
using System.Text;
using Microsoft.Playwright;

namespace JobNetwork.E2E.Infrastructure;

/// <summary>
/// Knows when an interactive server page can take clicks: its circuit's WebSocket is open and the server has sent
/// the first render batch, which is what attaches the event handlers to the prerendered markup.
/// </summary>
public sealed class BlazorCircuitWatcher
{
    private static readonly byte[] RenderBatch = Encoding.ASCII.GetBytes("JS.RenderBatch");
    private readonly ConcurrentDictionary<IWebSocket, Circuit> circuits = new();

    public BlazorCircuitWatcher(IPage page) => page.WebSocket += (_, socket) =>
    {
        if (!socket.Url.Contains("/_blazor", StringComparison.Ordinal))
        {
            return;
        }

        var circuit = circuits.GetOrAdd(socket, _ => new Circuit());
        socket.FrameReceived += (_, frame) =>
        {
            if (frame.Binary is { } bytes ? bytes.AsSpan().IndexOf(RenderBatch) >= 0 : frame.Text?.Contains("JS.RenderBatch", StringComparison.Ordinal) == true)
            {
                circuit.Rendered = true;
            }
        };
        socket.Close += (_, _) => circuit.Closed = true;
    };

    public bool IsInteractive => circuits.Values.Any(c => c.Rendered && !c.Closed);

    /// <summary>Called before a full navigation: whatever circuits exist now belong to the document being left.</summary>
    public void ForgetAll()
    {
        foreach (var circuit in circuits.Values)
        {
            circuit.Closed = true;
        }
    }

    /// <summary>
    /// Waits for the document to load, then for a live circuit that has rendered, then for the browser to apply that
    /// render. After a full navigation the previous document's socket is already closed by the time the new one loads,
    /// so a circuit left over from the page before cannot pass for this page's.
    /// </summary>
    public async Task WaitForInteractiveAsync(IPage page, TimeSpan? timeout = null)
    {
        // The browser's own readyState rather than WaitForLoadStateAsync(Load): once, under heavy load, the client's
        // lifecycle bookkeeping reported "NetworkIdle" for the dashboard but never "Load" and timed out after sign-in.
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (!IsInteractive)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The Blazor circuit of {page.Url} did not become interactive in time.");
            }

            await Task.Delay(50);
        }

        // The head outlet is a root component of its own and its render batch can come first: wait for the layout's
        // own interactive render too, or a field typed into now is the prerendered one, replaced a moment later.
        await page.Locator("[data-interactive]").First.WaitForAsync(new() { Timeout = (float)Math.Max(1_000, (deadline - DateTime.UtcNow).TotalMilliseconds) });
        await page.EvaluateAsync("() => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 50)))");
    }

    private sealed class Circuit
    {
        public volatile bool Rendered;
        public volatile bool Closed;
    }
}
