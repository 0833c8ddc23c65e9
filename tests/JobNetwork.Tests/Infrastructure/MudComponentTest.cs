using Bunit;
using MudBlazor.Services;

namespace JobNetwork.Tests.Infrastructure;

/// <summary>
/// A bUnit context with MudBlazor's services and loose JS interop. Held rather than inherited, so xUnit disposes it
/// asynchronously: MudBlazor registers services that only implement <see cref="IAsyncDisposable"/>.
/// </summary>
public abstract class MudComponentTest : IAsyncLifetime
{
    static MudComponentTest()
    {
        // bUnit's 1 s default is one busy moment on a 2-core CI machine away from failing, and on PostgreSQL every
        // render that saves makes a network round trip: wait as long as a person would.
        BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(10);
    }

    protected MudComponentTest()
    {
        Context.Services.AddMudServices();
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    protected BunitContext Context { get; } = new();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync() => await Context.DisposeAsync();
}
