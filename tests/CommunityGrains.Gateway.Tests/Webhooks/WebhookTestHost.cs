using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Webhooks;

/// <summary>
/// A host whose webhooks may call a receiver on loopback over plain HTTP, on the real clock (deliveries run on grain
/// timers), with the retry schedule shrunk to milliseconds: 5 s becomes 100 ms.
/// </summary>
public sealed class WebhookTestHost : TestHost
{
    public WebhookTestHost() => Time.SetUtcNow(DateTimeOffset.UtcNow);

    protected override bool FakeClock => false;

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Limits:MemberMutationsPerSecond"] = "100000",
        ["Limits:AnonymousRequestsPerSecond"] = "100000",
        ["Webhooks:AllowHttp"] = "true",
        ["Webhooks:AllowLoopback"] = "true",
        ["Webhooks:BackoffUnit"] = "00:00:00.020",
    };
}
