using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CommunityGrains.Gateway.Tests.Infrastructure;

/// <summary>
/// The real host (silo and gateway) in-process on memory storage, with a clock the tests move.
/// One per test collection; tests isolate themselves by creating their own community.
/// </summary>
public class TestHost : WebApplicationFactory<Program>
{
    public const string SigningKey = "test-signing-key-that-is-long-enough-for-hs256";

    public static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private int _communities;

    public TestHost() : this(Start)
    {
    }

    /// <summary>A host whose clock starts at <paramref name="start"/>: the clock only moves forward, and a far jump on a running silo is slow.</summary>
    protected TestHost(DateTimeOffset start) => Time = new FakeTimeProvider(start);

    public FakeTimeProvider Time { get; }

    /// <summary>Tokens live in real time: moving the domain clock days ahead must not expire them.</summary>
    public TokenIssuer Tokens => new(new AuthOptions { SigningKey = SigningKey }, TimeProvider.System);

    /// <summary>Rate limits are lifted for the functional tests; <see cref="DefaultLimitsHost"/> keeps them.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Limits:MemberMutationsPerSecond"] = "100000",
        ["Limits:AnonymousRequestsPerSecond"] = "100000",
    };

    /// <summary>
    /// Whether the silo runs on <see cref="Time"/>. Orleans' own timers follow that clock too, so a host whose stream
    /// notifications must flow (subscriptions) runs on the real clock instead.
    /// </summary>
    protected virtual bool FakeClock => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Provider", "Memory");
        builder.UseSetting("Auth:SigningKey", SigningKey);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Orleans:SiloPort", FreePort.Next().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:GatewayPort", FreePort.Next().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:ClusterId", "test-" + Guid.NewGuid().ToString("N"));
        if (FakeClock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
        }
    }

    public GraphQLClient Anonymous() => new(CreateClient(), token: null);

    public GraphQLClient As(string communityId, string memberId, Role role) =>
        new(CreateClient(), Tokens.Issue(communityId, memberId, role));

    /// <summary>A new community with its admin joined; ids never repeat within a host.</summary>
    public async Task<TestCommunity> NewCommunity(string timeZone = "Europe/Paris")
    {
        var id = $"c{Interlocked.Increment(ref _communities)}-{Guid.NewGuid():N}"[..24];
        var admin = As(id, "admin", Role.Admin);
        (await admin.Send("""mutation($id: ID!, $tz: String!) { createCommunity(input: { id: $id, name: "Test", timeZone: $tz }) { id } }""", new { id, tz = timeZone }))
            .EnsureSuccess();
        (await admin.Send("""mutation { joinCommunity(input: { displayName: "Admin" }) { id } }""")).EnsureSuccess();
        return new TestCommunity(this, id, admin);
    }
}
