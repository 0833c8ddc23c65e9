namespace JobNetwork.Web.Features.Coaching;

public static class CoachingRegistration
{
    public static IServiceCollection AddCoaching(this IServiceCollection services)
    {
        services.AddScoped<ClientContexts>();
        services.AddScoped<CoachingService>();
        services.AddScoped<CoachAccessService>();
        services.AddSingleton<CoachGrantWatch>();
        services.AddSingleton<CoachSummaryRunner>();
        services.AddHostedService<CoachSummaryWorker>();
        return services;
    }
}
