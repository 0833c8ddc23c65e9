using JobNetwork.Web.Data;
using JobNetwork.Web.Features.Backups;
using JobNetwork.Web.Features.Settings;

namespace JobNetwork.Web.Infrastructure;

/// <summary>What running one's own instance needs: backups, a trusted reverse proxy, instance-wide defaults.</summary>
public static class SelfHosting
{
    public static IServiceCollection AddSelfHosting(
        this IServiceCollection services, IConfiguration configuration, DatabaseOptions database, DataDirectory dataDirectory)
    {
        services.AddReverseProxySupport(configuration);
        services.AddBackups(configuration, database, dataDirectory);
        var zone = configuration["DefaultTimeZone"];
        services.AddSingleton(new InstanceDefaults(string.IsNullOrWhiteSpace(zone) ? InstanceDefaults.Utc.TimeZoneId : zone.Trim()));
        return services;
    }
}
