namespace JobNetwork.Tests.Infrastructure;

/// <summary>
/// Marks a class whose tests take ten seconds or more (child processes, thousands of writes, published-app scripts).
/// They run in every full run; an inner loop can leave them out with <c>--filter "Speed!=Slow"</c>.
/// </summary>
public static class Slow
{
    public const string Trait = "Speed";
    public const string Value = "Slow";
}
