namespace CommunityGrains.Gateway.Tests.Infrastructure;

/// <summary>A host with the production rate limits, for the tests of those limits.</summary>
public sealed class DefaultLimitsHost : TestHost
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();
}
