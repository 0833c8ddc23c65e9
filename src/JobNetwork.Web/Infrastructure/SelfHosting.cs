using JobNetwork.Web.Features.Backups;
using JobNetwork.Web.Features.Settings;

namespace JobNetwork.Web.Infrastructure;

/// <summary>What running one's own instance needs: backups, a trusted reverse proxy, instance-wide defaults.</summary>
public static class SelfHosting
{
    public static IServiceCollection AddSelfHosting(this IServiceCollection services, IConfiguration configuration, string databaseConnectionString)
    {
        services.AddReverseProxySupport(configuration);
        services.AddBackups(configuration, databaseConnectionString);
        // A disabled account's cookie stops working at the next check; the default of 30 minutes is too long for that.
        services.Configure<Microsoft.AspNetCore.Identity.SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        var zone = configuration["DefaultTimeZone"];
        services.AddSingleton(new InstanceDefaults(string.IsNullOrWhiteSpace(zone) ? InstanceDefaults.Utc.TimeZoneId : zone.Trim()));
        return services;
    }
}
