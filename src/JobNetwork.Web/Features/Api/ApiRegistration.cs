using System.Text.Json.Serialization;
using JobNetwork.Web.Features.Asks;
using JobNetwork.Web.Features.Circles;
using JobNetwork.Web.Features.Companies;
using JobNetwork.Web.Features.Contacts;
using JobNetwork.Web.Features.Coverage;
using JobNetwork.Web.Features.JobLeads;
using JobNetwork.Web.Features.Referrals;
using JobNetwork.Web.Features.Today;
using JobNetwork.Web.Features.Trash;
using Microsoft.AspNetCore.Authentication;
using Scalar.AspNetCore;

namespace JobNetwork.Web.Features.Api;

/// <summary>The REST API: token sign-in, its policies and rate limit, the OpenAPI document and every feature's routes.</summary>
public static class ApiRegistration
{
    public const string Prefix = "/api/v1";

    public static IServiceCollection AddJobNetworkApi(this IServiceCollection services)
    {
        services.AddScoped<ApiTokenService>();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        services.AddApiPolicies();
        services.AddRateLimiter(options => options.AddPolicy<string, ApiRateLimitPolicy>(ApiRateLimitPolicy.Name));
        // Enums as their names ("KnowWell", "Interviewing"): readable in scripts and stable if members are reordered.
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi();
        return services;
    }

    /// <summary>Goes after the status-code pages in the pipeline, so API errors stay JSON.</summary>
    public static WebApplication UseJobNetworkApi(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.Use(ApiProblems.ProblemsForBareErrorsAsync));
        return app;
    }

    public static WebApplication MapJobNetworkApi(this WebApplication app)
    {
        var api = app.MapGroup(Prefix)
            .RequireAuthorization(ApiPolicies.Read)
            .RequireRateLimiting(ApiRateLimitPolicy.Name)
            .DisableAntiforgery();
        api.MapContactEndpoints();
        api.MapAskEndpoints();
        api.MapReferralEndpoints();
        api.MapCircleEndpoints();
        api.MapCompanyEndpoints();
        api.MapJobLeadEndpoints();
        api.MapTodayEndpoints();
        api.MapDashboardEndpoints();
        api.MapTrashEndpoints();

        // The document describes routes, not data; the interactive reference is for signed-in users.
        app.MapOpenApi();
        app.MapScalarApiReference(options => options.WithTitle("JobNetwork API")).RequireAuthorization();
        return app;
    }
}
