using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Communities;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Domain.Members;
using CommunityGrains.Grains.Communities;
using CommunityGrains.Grains.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace CommunityGrains.Grains.Tests.Communities;

[Collection(ClusterCollection.Name)]
public sealed class CommunityRosterLayoutTests(ClusterFixture fixture)
{
    // ben's shard differs between the layouts (170 of 256, 42 of 64), so his report shows which layout was used.
    [Fact]
    public async Task A_new_community_spreads_its_roster_over_the_wider_layout()
    {
        var community = await fixture.NewCommunity();

        await Join(community, "ann", "ben", "cat");

        Assert.Equal(3, (await fixture.Grains.GetGrain<ICommunityGrain>(community).Stats()).Members);
        Assert.Contains(0, await ShardOf(community, "ben", ICommunityRosterGrain.Shards).LifetimePoints());
    }

    [Fact]
    public async Task A_community_stored_before_the_roster_grew_keeps_counting_in_its_first_layout()
    {
        var community = $"stored-{Guid.NewGuid():N}";
        await Storage.WriteStateAsync("community", fixture.Grains.GetGrain<ICommunityGrain>(community).GetGrainId(), new GrainState<CommunityState>(new CommunityState
        {
            Created = true,
            Name = "Stored before the roster grew",
            Tiers = TierPolicy.Defaults.Select(t => new StoredTier(t.Name, t.MinLifetimePoints, t.Perks.ToList())).ToList(),
        }));

        await Join(community, "ann", "ben", "cat");

        Assert.Equal(3, (await fixture.Grains.GetGrain<ICommunityGrain>(community).Stats()).Members);
        Assert.Contains(0, await ShardOf(community, "ben", ICommunityRosterGrain.FirstLayoutShards).LifetimePoints());
    }

    private async Task Join(string community, params string[] members) =>
        await Task.WhenAll(members.Select(id => fixture.Grains.GetGrain<IMemberGrain>(GrainKeys.Of(community, id))
            .Join(new Actor(community, id, Role.Member), new JoinCommunity(id, null, null))));

    private ICommunityRosterGrain ShardOf(string community, string memberId, int shards) =>
        fixture.Grains.GetGrain<ICommunityRosterGrain>(GrainKeys.Of(community, "roster", (ShardHash.Of(memberId) % (uint)shards).ToString(CultureInfo.InvariantCulture)));

    private IGrainStorage Storage =>
        ((InProcessSiloHandle)fixture.Cluster.Primary!).SiloHost.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Default);
}
