using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Communities;

namespace CommunityGrains.Grains.Communities;

/// <summary>The community's roster shards (<see cref="ICommunityRosterGrain"/>): which one holds a member, and reads over all of them.</summary>
public static class Roster
{
    public static ICommunityRosterGrain ShardFor(IGrainFactory grains, string communityId, string memberId) =>
        Shard(grains, communityId, ShardHash.Of(memberId) % ICommunityRosterGrain.Shards);

    /// <summary>
    /// Shards read at once: a cold community activates every shard it reads, each loading its state, and 256 loads at
    /// once from each host exceed what a PostgreSQL server accepts in connections.
    /// </summary>
    private const int ReadsAtOnce = 32;

    public static async Task<IReadOnlyList<int>> AllLifetimePoints(IGrainFactory grains, string communityId) =>
        (await ReadAll(grains, communityId, shard => shard.LifetimePoints())).SelectMany(s => s).ToList();

    public static async Task<int> CheckInsOn(IGrainFactory grains, string communityId, DateOnly day) =>
        (await ReadAll(grains, communityId, shard => shard.CheckInsOn(day))).Sum();

    private static async Task<List<T>> ReadAll<T>(IGrainFactory grains, string communityId, Func<ICommunityRosterGrain, Task<T>> read)
    {
        var results = new List<T>((int)ICommunityRosterGrain.Shards);
        foreach (var chunk in All(grains, communityId).Chunk(ReadsAtOnce))
        {
            results.AddRange(await Task.WhenAll(chunk.Select(read)));
        }

        return results;
    }

    private static IEnumerable<ICommunityRosterGrain> All(IGrainFactory grains, string communityId) =>
        Enumerable.Range(0, (int)ICommunityRosterGrain.Shards).Select(shard => Shard(grains, communityId, (uint)shard));

    public static ICommunityRosterGrain Shard(IGrainFactory grains, string communityId, uint shard) =>
        grains.Reference<ICommunityRosterGrain>(GrainKeys.Of(communityId, "roster", shard.ToString(CultureInfo.InvariantCulture)));
}
