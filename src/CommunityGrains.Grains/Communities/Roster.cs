using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Communities;

namespace CommunityGrains.Grains.Communities;

public static class Roster
{
    public static ICommunityRosterGrain ShardFor(IGrainFactory grains, string communityId, string memberId) =>
        Shard(grains, communityId, ShardHash.Of(memberId) % ICommunityRosterGrain.Shards);

    public static async Task<IReadOnlyList<int>> AllLifetimePoints(IGrainFactory grains, string communityId)
    {
        var shards = await Task.WhenAll(Enumerable.Range(0, ICommunityRosterGrain.Shards)
            .Select(shard => Shard(grains, communityId, (uint)shard).LifetimePoints()));
        return shards.SelectMany(s => s).ToList();
    }

    private static ICommunityRosterGrain Shard(IGrainFactory grains, string communityId, uint shard) =>
        grains.Reference<ICommunityRosterGrain>(GrainKeys.Of(communityId, "roster", shard.ToString(CultureInfo.InvariantCulture)));
}
