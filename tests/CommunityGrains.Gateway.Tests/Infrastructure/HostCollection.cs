namespace CommunityGrains.Gateway.Tests.Infrastructure;

/// <summary>Test classes in this collection share one host; each test makes its own community.</summary>
[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<TestHost>
{
    public const string Name = "host";
}
