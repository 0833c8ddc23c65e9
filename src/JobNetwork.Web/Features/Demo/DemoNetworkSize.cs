namespace JobNetwork.Web.Features.Demo;

/// <summary>How big a generated network is. <see cref="Benchmark"/> is the size the dashboard's performance target is set for.</summary>
public sealed record DemoNetworkSize(int Strings, int Contacts, int Asks, int Referrals, int Leads, int Companies)
{
    public static DemoNetworkSize Benchmark { get; } = new(20, 5_000, 50_000, 2_000, 5_000, 300);

    public static DemoNetworkSize Small { get; } = new(6, 60, 300, 25, 30, 20);
}
