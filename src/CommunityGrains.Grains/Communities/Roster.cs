using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Communities;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Communities;

/// <summary>The community's roster shards (<see cref="ICommunityRosterGrain"/>): which one holds a member, and reads over all of them.</summary>
public static class Roster
{
    public static ICommunityRosterGrain ShardFor(IGrainFactory grains, string communityId, string memberId) =>
        Shard(grains, communityId, ShardHash.Of(memberId) % ICommunityRosterGrain.Shards);

    public static async Task<IReadOnlyList<int>> AllLifetimePoints(IGrainFactory grains, string communityId) =>
        (await ReadAll(grains, communityId, shard => shard.LifetimePoints())).SelectMany(s => s).ToList();

    public static async Task<int> CheckInsOn(IGrainFactory grains, string communityId, DateOnly day) =>
        (await ReadAll(grains, communityId, shard => shard.CheckInsOn(day))).Sum();

    private static Task<List<T>> ReadAll<T>(IGrainFactory grains, string communityId, Func<ICommunityRosterGrain, Task<T>> read) =>
        ShardReads.All((int)ICommunityRosterGrain.Shards, shard => read(Shard(grains, communityId, (uint)shard)));

    public static ICommunityRosterGrain Shard(IGrainFactory grains, string communityId, uint shard) =>
        grains.Reference<ICommunityRosterGrain>(GrainKeys.Of(communityId, "roster", shard.ToString(CultureInfo.InvariantCulture)));
}
