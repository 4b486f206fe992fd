namespace CommunityGrains.Grains.Common;

/// <summary>
/// Reads over every shard of a large sharded set (256 roster shards, 256 annual-board shards) a bounded number at a
/// time: a cold community activates every shard it reads, each loading its state, and 256 loads at once from each host
/// exceed what a PostgreSQL server accepts in connections.
/// </summary>
public static class ShardReads
{
    public const int AtOnce = 32;

    /// <summary>The answers of <paramref name="read"/> for shards 0..<paramref name="shards"/>-1, in shard order.</summary>
    public static async Task<List<T>> All<T>(int shards, Func<int, Task<T>> read)
    {
        var results = new List<T>(shards);
        foreach (var chunk in Enumerable.Range(0, shards).Chunk(AtOnce))
        {
            results.AddRange(await Task.WhenAll(chunk.Select(read)));
        }

        return results;
    }
}
