using JobNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Configuration;

namespace JobNetwork.Tests.Infrastructure;

public sealed class CircuitSettingsTests
{
    private static CircuitOptions Apply(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
        var options = new CircuitOptions();
        CircuitSettings.Apply(configuration, options);
        return options;
    }

    [Fact]
    public void Without_settings_the_framework_defaults_stay()
    {
        var options = Apply();

        Assert.Equal(TimeSpan.FromMinutes(3), options.DisconnectedCircuitRetentionPeriod);
        Assert.Equal(100, options.DisconnectedCircuitMaxRetained);
    }

    [Fact]
    public void Retention_and_the_number_kept_come_from_the_circuits_section_and_nothing_else_does()
    {
        var options = Apply(("Circuits:DisconnectedRetentionSeconds", "5"), ("Circuits:MaxDisconnectedRetained", "20"), ("Circuits:DetailedErrors", "true"));

        Assert.Equal(TimeSpan.FromSeconds(5), options.DisconnectedCircuitRetentionPeriod);
        Assert.Equal(20, options.DisconnectedCircuitMaxRetained);
        Assert.False(options.DetailedErrors);
    }
}
