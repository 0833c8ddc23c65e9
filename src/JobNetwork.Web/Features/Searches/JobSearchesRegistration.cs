namespace JobNetwork.Web.Features.Searches;

public static class JobSearchesRegistration
{
    /// <summary>Job searches ("Spring 2027") and the comparison of each string with the previous search.</summary>
    public static IServiceCollection AddJobSearches(this IServiceCollection services)
    {
        services.AddScoped<JobSearchService>();
        services.AddScoped<SearchAdviceService>();
        return services;
    }
}
