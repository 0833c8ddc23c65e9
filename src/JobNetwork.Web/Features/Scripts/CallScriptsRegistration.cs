namespace JobNetwork.Web.Features.Scripts;

public static class CallScriptsRegistration
{
    /// <summary>The job-search profile, call scripts and the quick call log.</summary>
    public static IServiceCollection AddCallScripts(this IServiceCollection services)
    {
        services.AddScoped<ProfileService>();
        services.AddScoped<ScriptService>();
        services.AddScoped<CallLogService>();
        services.AddScoped<NetworkAdviceService>();
        return services;
    }
}
