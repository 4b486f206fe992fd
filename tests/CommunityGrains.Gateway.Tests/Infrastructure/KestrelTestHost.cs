namespace CommunityGrains.Gateway.Tests.Infrastructure;

/// <summary>
/// The test host listening on a real loopback socket, for clients that cannot use the in-memory test server
/// (a browser, a WebSocket client).
/// </summary>
public sealed class KestrelTestHost : TestHost
{
    public KestrelTestHost()
    {
        UseKestrel(FreePort.Next());
        StartServer();
    }

    public Uri BaseAddress => ClientOptions.BaseAddress;
}
