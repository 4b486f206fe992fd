namespace CommunityGrains.Gateway.Tests.Infrastructure;

/// <summary>A host where an operator has switched on exception details for debugging.</summary>
public sealed class ExposedDetailsHost : LogCaptureHost
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Limits:MemberMutationsPerSecond"] = "100000",
        ["Limits:AnonymousRequestsPerSecond"] = "100000",
        ["Gateway:ExposeExceptionDetails"] = "true",
    };
}
