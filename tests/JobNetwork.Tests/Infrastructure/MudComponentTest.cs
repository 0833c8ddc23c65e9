using Bunit;
using MudBlazor.Services;

namespace JobNetwork.Tests.Infrastructure;

/// <summary>
/// A bUnit context with MudBlazor's services and loose JS interop. Held rather than inherited, so xUnit disposes it
/// asynchronously: MudBlazor registers services that only implement <see cref="IAsyncDisposable"/>.
/// </summary>
public abstract class MudComponentTest : IAsyncLifetime
{
    protected MudComponentTest()
    {
        Context.Services.AddMudServices();
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    protected BunitContext Context { get; } = new();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync() => await Context.DisposeAsync();
}
