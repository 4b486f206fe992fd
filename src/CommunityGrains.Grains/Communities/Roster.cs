using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Communities;

namespace CommunityGrains.Grains.Communities;

/// <summary>The community's roster shards (<see cref="ICommunityRosterGrain"/>): which one holds a member, and reads over all of them.</summary>
public static class Roster
{
    public static ICommunityRosterGrain ShardFor(IGrainFactory grains, string communityId, string memberId) =>
        Shard(grains, communityId, ShardHash.Of(memberId) % ICommunityRosterGrain.Shards);

    public static async Task<IReadOnlyList<int>> AllLifetimePoints(IGrainFactory grains, string communityId)
    {
        var shards = await Task.WhenAll(All(grains, communityId).Select(shard => shard.LifetimePoints()));
        return shards.SelectMany(s => s).ToList();
    }

    public static async Task<int> CheckInsOn(IGrainFactory grains, string communityId, DateOnly day)
    {
        var shards = await Task.WhenAll(All(grains, communityId).Select(shard => shard.CheckInsOn(day)));
        return shards.Sum();
    }

    private static IEnumerable<ICommunityRosterGrain> All(IGrainFactory grains, string communityId) =>
        Enumerable.Range(0, (int)ICommunityRosterGrain.Shards).Select(shard => Shard(grains, communityId, (uint)shard));

    public static ICommunityRosterGrain Shard(IGrainFactory grains, string communityId, uint shard) =>
        grains.Reference<ICommunityRosterGrain>(GrainKeys.Of(communityId, "roster", shard.ToString(CultureInfo.InvariantCulture)));
}
