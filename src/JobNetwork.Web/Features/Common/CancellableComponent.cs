using Microsoft.AspNetCore.Components;

namespace JobNetwork.Web.Features.Common;

/// <summary>
/// A component whose queries stop when the user leaves: Blazor disposes a page when the user navigates away or closes
/// the tab, and <see cref="Leaving"/> is cancelled then, so pass it to every service call instead of
/// <c>CancellationToken.None</c>. Blazor ignores a lifecycle method or event handler that ends cancelled.
/// Use it with <c>@inherits CancellableComponent</c>.
/// </summary>
public abstract class CancellableComponent : ComponentBase, IDisposable
{
    // Never disposed: a token handed out earlier must stay readable after the component is gone.
    private readonly CancellationTokenSource leaving = new();

    /// <summary>Cancelled once the component is disposed (the user left the page).</summary>
    protected CancellationToken Leaving => leaving.Token;

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Override to release more; call the base so <see cref="Leaving"/> is still cancelled.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            leaving.Cancel();
        }
    }
}
