using JobNetwork.Web.Data;
using JobNetwork.Web.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace JobNetwork.Tests.Infrastructure;

public sealed class JobNetworkAppFactoryTests
{
    [Fact]
    public async Task Each_factory_keeps_its_database_in_its_own_data_directory()
    {
        // The first migrates an empty folder as a real first start does; the second starts on the migrated template.
        await using var first = new JobNetworkAppFactory { StartFromMigratedTemplate = false };
        await using var second = new JobNetworkAppFactory();

        var firstDirectory = first.Services.GetRequiredService<DataDirectory>();
        var secondDirectory = second.Services.GetRequiredService<DataDirectory>();

        Assert.Equal(first.DataDirectory, firstDirectory.Path);
        Assert.Equal(second.DataDirectory, secondDirectory.Path);
        Assert.True(File.Exists(first.DatabaseFile), "Start-up should have migrated the database into the data directory.");
        Assert.True(File.Exists(second.DatabaseFile));
    }

    [Fact]
    public async Task Settings_given_to_the_factory_reach_the_configuration_read_at_start_up()
    {
        await using var app = new JobNetworkAppFactory(("RateLimiting:SignInPermitsPerMinute", "3"));

        var configuration = app.Services.GetRequiredService<IConfiguration>();
        Assert.Equal(3, configuration.GetValue<int>($"{SignInRateLimitOptions.Section}:SignInPermitsPerMinute"));
        Assert.Equal("Testing", app.Services.GetRequiredService<IHostEnvironment>().EnvironmentName);
    }
}
