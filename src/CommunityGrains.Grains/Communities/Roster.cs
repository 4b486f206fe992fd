using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Communities;

namespace CommunityGrains.Grains.Communities;

public static class Roster
{
    public static ICommunityRosterGrain ShardFor(IGrainFactory grains, CommunityView community, string memberId) =>
        Shard(grains, community.Id, ShardHash.Of(memberId) % (uint)community.RosterShards);

    public static async Task<IReadOnlyList<int>> AllLifetimePoints(IGrainFactory grains, string communityId, int shardCount)
    {
        var shards = await Task.WhenAll(Enumerable.Range(0, shardCount)
            .Select(shard => Shard(grains, communityId, (uint)shard).LifetimePoints()));
        return shards.SelectMany(s => s).ToList();
    }

    public static async Task<int> CheckInsOn(IGrainFactory grains, string communityId, int shardCount, DateOnly day)
    {
        var shards = await Task.WhenAll(Enumerable.Range(0, shardCount)
            .Select(shard => Shard(grains, communityId, (uint)shard).CheckInsOn(day)));
        return shards.Sum();
    }

    private static ICommunityRosterGrain Shard(IGrainFactory grains, string communityId, uint shard) =>
        grains.Reference<ICommunityRosterGrain>(GrainKeys.Of(communityId, "roster", shard.ToString(CultureInfo.InvariantCulture)));
}
