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
        app.UseJobNetworkApi();

        app.MapStaticAssets();
        app.MapHealthChecks("/healthz");
        app.MapThemePreference();
        app.MapCalendarFeed();
        app.MapBackupDownload();
        app.MapExportDownloads();
        app.MapJobNetworkApi();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAdditionalIdentityEndpoints();
        return app;
    }
}
