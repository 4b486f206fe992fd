using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Host.Tests.Infrastructure;

namespace CommunityGrains.Host.Tests.Durability;

/// <summary>
/// A community, its admin and many members, with every feature's workload: set up, planned, driven by the tests,
/// then checked for exact agreement between what was acknowledged and what is stored.
/// </summary>
public sealed class DurabilityScenario : IDisposable
{
    public const string TimeZone = "Europe/Paris";

    private readonly IReadOnlyList<IWorkloadFeature> _features;

    private DurabilityScenario(WorkloadContext context, Workload workload, IReadOnlyList<IWorkloadFeature> features)
    {
        Context = context;
        Workload = workload;
        _features = features;
    }

    public WorkloadContext Context { get; }

    public Workload Workload { get; }

    /// <summary>Every feature the service has, each with its own mutations and checks.</summary>
    public static IReadOnlyList<IWorkloadFeature> AllFeatures() => [new ProfileFeature(), new StudyGroupFeature(), new FeedbackFeature(), new VotingFeature(), new RewardFeature(), new HelpFeature()];

    /// <summary>Creates the community through <paramref name="hosts"/>[0] and plans <paramref name="rounds"/> rounds per feature and member.</summary>
    public static async Task<DurabilityScenario> Start(IReadOnlyList<Uri> hosts, int memberCount, int rounds, string signingKey = TestTokens.SigningKey)
    {
        var communityId = "dur" + Guid.NewGuid().ToString("N")[..8];
        var members = Enumerable.Range(0, memberCount)
            .Select(i => new WorkloadMember(i, $"m{i:D2}", TestTokens.Issue(signingKey, communityId, $"m{i:D2}", Role.Member)))
            .ToList();
        var context = new WorkloadContext(new OutcomeClient(), communityId, TestTokens.Issue(signingKey, communityId, "admin")) { Host = hosts[0] };
        await context.Must(context.AdminToken,
            "mutation($id: ID!, $tz: String!) { createCommunity(input: { id: $id, name: \"Durability\", timeZone: $tz }) { id } }",
            new { id = communityId, tz = TimeZone });
        await context.Must(context.AdminToken, "mutation { joinCommunity(input: { displayName: \"Admin\" }) { id } }");

        var features = AllFeatures();
        var workload = new Workload(hosts, members);
        foreach (var feature in features)
        {
            await feature.Seed(context);
            feature.PlanSetup(workload);
        }

        var scenario = new DurabilityScenario(context, workload, features);
        scenario.PlanRounds(rounds);
        return scenario;
    }

    /// <summary>Appends <paramref name="rounds"/> rounds, each with one mutation of every feature per member.</summary>
    public void PlanRounds(int rounds)
    {
        for (var round = 0; round < rounds; round++)
        {
            foreach (var feature in _features)
            {
                feature.PlanRound(Workload);
            }
        }
    }

    /// <summary>Reads everything back through <paramref name="host"/> and checks it against what was acknowledged.</summary>
    public async Task Verify(Uri host)
    {
        Context.Host = host;
        var snapshots = new Dictionary<string, MemberSnapshot>();
        foreach (var member in Workload.Members)
        {
            if (await Read(member) is { } snapshot)
            {
                snapshots[member.Id] = snapshot;
            }
        }

        foreach (var snapshot in snapshots.Values)
        {
            // The balance is exactly what the ledger says: no award applied without its entry or the other way round.
            Assert.Equal(snapshot.Ledger.Sum(e => e.Points), snapshot.Points);
        }

        foreach (var feature in _features)
        {
            await feature.Verify(Context, Workload, snapshots);
        }
    }

    public void Dispose()
    {
        Workload.Dispose();
        Context.Client.Dispose();
    }

    private async Task<MemberSnapshot?> Read(WorkloadMember member)
    {
        var data = await Context.Must(member.Token,
            "{ me { id displayName points lifetimePoints pointsHistory(first: 100) { totalCount nodes { action points reason } } } }");
        var me = data.GetProperty("me");
        if (me.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var history = me.GetProperty("pointsHistory");
        Assert.True(history.GetProperty("totalCount").GetInt32() <= 100, $"{member.Id}'s ledger is longer than one page.");
        var ledger = history.GetProperty("nodes").EnumerateArray()
            .Select(e => new LedgerEntry(e.GetProperty("action").GetString()!, e.GetProperty("points").GetInt32(), e.GetProperty("reason").GetString()!))
            .ToList();
        return new MemberSnapshot(member.Id, me.GetProperty("displayName").GetString()!, me.GetProperty("points").GetInt32(),
            me.GetProperty("lifetimePoints").GetInt32(), ledger);
    }
}
