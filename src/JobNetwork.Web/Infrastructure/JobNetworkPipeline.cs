using JobNetwork.Web.Components;
using JobNetwork.Web.Components.Layout;
using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Api;
using JobNetwork.Web.Features.Backups;
using JobNetwork.Web.Features.Calendar;
using JobNetwork.Web.Features.Export;
using JobNetwork.Web.Features.Settings;

namespace JobNetwork.Web.Infrastructure;

public static class JobNetworkPipeline
{
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var lockTimeout = app.Services.GetRequiredService<DatabaseOptions>().MigrationLockTimeoutSeconds;
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>()
            .MigrateAsync(TimeSpan.FromSeconds(lockTimeout), app.Lifetime.ApplicationStopping);
    }

    public static WebApplication MapJobNetwork(this WebApplication app)
    {
        app.UseReverseProxySupport();
        if (app.Environment.IsDevelopment())
        {
            app.UseMigrationsEndPoint();
        }
        else
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        }

        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.UseFriendlyAntiforgeryFailures();
        app.UseJobNetworkApi();

        app.MapStaticAssets();
        // Read-only probes: anything but GET and HEAD is 405, so an anonymous POST does nothing.
        app.MapHealthChecks("/healthz").WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        app.MapThemePreference();
        app.MapCalendarFeed();
        app.MapExportDownloads();
        app.MapJobNetworkApi();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAdditionalIdentityEndpoints();
        return app;
    }
}
