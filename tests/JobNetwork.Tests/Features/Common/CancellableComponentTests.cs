using Bunit;
using JobNetwork.Tests.Infrastructure;
using JobNetwork.Web.Features.Common;

namespace JobNetwork.Tests.Features.Common;

public sealed class CancellableComponentTests : MudComponentTest
{
    [Fact]
    public async Task Leaving_the_page_cancels_the_work_it_started_and_nothing_fails()
    {
        var page = Context.Render<SlowPage>().Instance;
        Assert.False(page.Token.IsCancellationRequested);
        Assert.False(page.Load.IsCompleted);

        await Context.DisposeComponentsAsync();

        Assert.True(page.Token.IsCancellationRequested);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => page.Load);
    }

    /// <summary>A page whose query never answers until the user leaves.</summary>
    private sealed class SlowPage : CancellableComponent
    {
        public CancellationToken Token => Leaving;

        public Task Load { get; private set; } = Task.CompletedTask;

        protected override Task OnInitializedAsync()
        {
            Load = Task.Delay(Timeout.Infinite, Leaving);
            return Load;
        }
    }
}
