using System.Reflection;
using Xunit.Abstractions;

[assembly: TestCollectionOrderer("JobNetwork.Tests.Infrastructure.SlowFirstCollectionOrderer", "JobNetwork.Tests")]

namespace JobNetwork.Tests.Infrastructure;

/// <summary>
/// Starts the classes marked <see cref="Slow"/> first, so their half-minute tests (published-app scripts, thousands of
/// writes) run alongside the many short ones instead of trailing after them: the container smoke test started last in
/// one run and was the final 31 s of it. The other collections keep xUnit's default order.
/// </summary>
public sealed class SlowFirstCollectionOrderer : ITestCollectionOrderer
{
    private const string DefaultPrefix = "Test collection for ";

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(collection => IsSlow(collection) ? 0 : 1);

    private static bool IsSlow(ITestCollection collection)
    {
        if (!collection.DisplayName.StartsWith(DefaultPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var type = typeof(SlowFirstCollectionOrderer).Assembly.GetType(collection.DisplayName[DefaultPrefix.Length..]);
        return type?.GetCustomAttributesData().Any(attribute =>
            attribute.AttributeType == typeof(TraitAttribute)
            && attribute.ConstructorArguments is [{ Value: Slow.Trait }, { Value: Slow.Value }]) == true;
    }
}
