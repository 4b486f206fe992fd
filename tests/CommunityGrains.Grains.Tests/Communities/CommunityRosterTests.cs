using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Communities;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Grains.Tests.Infrastructure;

namespace CommunityGrains.Grains.Tests.Communities;

[Collection(ClusterCollection.Name)]
public sealed class CommunityRosterTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_member_is_counted_in_the_roster_shard_their_id_hashes_to()
    {
        var community = await fixture.NewCommunity();

        await Join(community, "ann", "ben", "cat");

        Assert.Equal(3, (await fixture.Grains.GetGrain<ICommunityGrain>(community).Stats()).Members);
        Assert.Contains(0, await ShardOf(community, "ben").LifetimePoints());
    }

    private async Task Join(string community, params string[] members) =>
        await Task.WhenAll(members.Select(id => fixture.Grains.GetGrain<IMemberGrain>(GrainKeys.Of(community, id))
            .Join(new Actor(community, id, Role.Member), new JoinCommunity(id, null, null))));

    private ICommunityRosterGrain ShardOf(string community, string memberId) =>
        fixture.Grains.GetGrain<ICommunityRosterGrain>(GrainKeys.Of(community, "roster", (ShardHash.Of(memberId) % ICommunityRosterGrain.Shards).ToString(CultureInfo.InvariantCulture)));
}
