namespace CommunityGrains.Gateway.Tests.Infrastructure;

/// <summary>A host with GraphiQL switched off, as in Production.</summary>
public sealed class NoGraphiQLHost : TestHost
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["GraphiQL:Enabled"] = "false" };
}
