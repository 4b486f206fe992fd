namespace CommunityGrains.Gateway.Tests.Infrastructure;

/// <summary>
/// The test host listening on a real loopback socket, for clients that cannot use the in-memory test server
/// (a browser, a WebSocket client). It runs on the real clock: stream notifications are pulled on Orleans timers.
/// </summary>
public sealed class KestrelTestHost : TestHost
{
    public KestrelTestHost()
    {
        // The silo runs on the real clock; helpers that compute dates from Time must start from now.
        Time.SetUtcNow(DateTimeOffset.UtcNow);
        UseKestrel(0);
        StartServer();
    }

    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override bool FakeClock => false;

    /// <summary>A short connection_init wait, so the test of its timeout is quick.</summary>
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Limits:MemberMutationsPerSecond"] = "100000",
        ["Limits:AnonymousRequestsPerSecond"] = "100000",
        ["Gateway:ConnectionInitTimeoutSeconds"] = "1",
    };

    public Task<GraphQLSocket> OpenSocket(string subProtocol = GraphQLSocket.Protocol) => GraphQLSocket.Open(BaseAddress, subProtocol);
}
