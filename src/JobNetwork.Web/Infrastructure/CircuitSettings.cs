using Microsoft.AspNetCore.Components.Server;

namespace JobNetwork.Web.Infrastructure;

/// <summary>
/// How long the server keeps the circuit of a tab that lost its connection (so it can come back to it), and how many it
/// keeps. Each kept circuit holds its memory until then: a small server may want less than the framework's 3 minutes and
/// 100 circuits, and the load test sets a few seconds so the circuits of closed tabs do not count in the next measurement.
/// Only these two settings are read; the others (DetailedErrors above all) stay as the code sets them.
/// </summary>
public static class CircuitSettings
{
    public const string RetentionSecondsKey = "Circuits:DisconnectedRetentionSeconds";
    public const string MaxRetainedKey = "Circuits:MaxDisconnectedRetained";

    public static void Apply(IConfiguration configuration, CircuitOptions options)
    {
        // Read with the configuration binder like every other setting; StartupSettings has already refused a value that
        // is not a whole number in range, before the first circuit asks for these options.
        if (configuration.GetValue<int?>(RetentionSecondsKey) is { } seconds)
        {
            options.DisconnectedCircuitRetentionPeriod = TimeSpan.FromSeconds(seconds);
        }

        if (configuration.GetValue<int?>(MaxRetainedKey) is { } count)
        {
            options.DisconnectedCircuitMaxRetained = count;
        }
    }
}
