using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Domain.Proposals;

namespace CommunityGrains.Grains.Proposals;

/// <summary>
/// The one place a proposal's tally is computed: the sum of its ballot shards' counts (one for a ballot box). Shards report their counts
/// with a version, so replies that arrive out of order never roll the tally back. Loaded once per activation.
/// </summary>
public sealed class ProposalTally(int shards)
{
    private readonly ShardTally?[] _shards = new ShardTally?[shards];
    private Task? _loading;

    public TallyCounts Counts =>
        _shards.Aggregate(default(TallyCounts), (sum, s) => s is null ? sum : sum + new TallyCounts(s.For, s.Against, s.Abstain));

    /// <summary>True when the counts changed.</summary>
    public bool Apply(ShardTally shard)
    {
        var current = _shards[shard.Shard];
        if (current is not null && current.Version >= shard.Version)
        {
            return false;
        }

        _shards[shard.Shard] = shard;
        return true;
    }

    public Task EnsureLoaded(Func<int, Task<ShardTally>> readShard)
    {
        return _loading ??= Load();

        async Task Load()
        {
            try
            {
                foreach (var shard in await Task.WhenAll(Enumerable.Range(0, _shards.Length).Select(readShard)))
                {
                    Apply(shard);
                }
            }
            catch
            {
                _loading = null;
                throw;
            }
        }
    }
}
