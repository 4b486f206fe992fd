namespace CommunityGrains.Gateway.Tests.Infrastructure;

/// <summary>
/// A host on a real loopback socket allowing one anonymous request a second (a bucket of two) and, when
/// <see cref="Proxied"/>, the loopback address configured as a trusted proxy, so a test's X-Forwarded-For is believed;
/// one allowed browser origin.
/// </summary>
public abstract class EdgeHost : TestHost
{
    public const string AllowedOrigin = "https://app.example.org";

    protected EdgeHost()
    {
        Time.SetUtcNow(DateTimeOffset.UtcNow);
        UseKestrel(0);
        StartServer();
    }

    protected abstract bool Proxied { get; }

    protected override bool FakeClock => false;

    protected override IReadOnlyDictionary<string, string> Settings => Proxied
        ? new Dictionary<string, string> { ["Limits:AnonymousRequestsPerSecond"] = "1", ["Cors:Origins:0"] = AllowedOrigin, ["Proxy:KnownProxies:0"] = "127.0.0.1" }
        : new Dictionary<string, string> { ["Limits:AnonymousRequestsPerSecond"] = "1", ["Cors:Origins:0"] = AllowedOrigin };
}

public sealed class ProxiedHost : EdgeHost
{
    protected override bool Proxied => true;
}

public sealed class UnproxiedHost : EdgeHost
{
    protected override bool Proxied => false;
}
