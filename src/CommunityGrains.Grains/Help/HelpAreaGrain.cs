using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Help;
using CommunityGrains.Domain.Help;

namespace CommunityGrains.Grains.Help;

/// <summary>
/// The open requests of one geohash cell, in memory for matching. The entries are durable in
/// <see cref="IHelpAreaShardGrain"/>s (split by request id), loaded once on activation: a search reads this one grain,
/// and a write touches one small shard instead of rewriting the whole cell. Memory changes only after the shard write,
/// so a search never sees an entry that is not durable. Expired entries are skipped on read and pruned on write.
/// </summary>
[Reentrant]
public sealed class HelpAreaGrain(TimeProvider time) : Grain, IHelpAreaGrain
{
    private readonly Dictionary<string, HelpAreaEntry> _entries = [];
    private long _searches;

    /// <summary>
    /// Shards read at once on activation. A search wakes up to 9 cells: reading all 16 shards of each at once was 144
    /// storage reads in one burst, more connections than a default PostgreSQL (max_connections 100) accepts.
    /// </summary>
    private const int LoadParallelism = 4;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var batch in Enumerable.Range(0, HelpIndex.AreaShards).Chunk(LoadParallelism))
        {
            var shards = await Task.WhenAll(batch.Select(s => Shard(s).All()));
            foreach (var entry in shards.SelectMany(s => s))
            {
                _entries[entry.RequestId] = entry;
            }
        }
    }

    async Task IHelpAreaGrain.Index(IReadOnlyList<HelpAreaEntry> entries)
    {
        await Task.WhenAll(entries.GroupBy(e => HelpIndex.AreaShardOf(e.RequestId)).Select(g => Shard(g.Key).Put(g.ToList())));
        foreach (var entry in entries)
        {
            _entries[entry.RequestId] = entry;
        }

        var now = time.GetUtcNow();
        foreach (var expired in _entries.Values.Where(e => e.ExpiresAt <= now).Select(e => e.RequestId).ToList())
        {
            _entries.Remove(expired);
        }
    }

    async Task IHelpAreaGrain.Remove(string requestId)
    {
        await Shard(HelpIndex.AreaShardOf(requestId)).Remove(requestId);
        _entries.Remove(requestId);
    }

    Task<IReadOnlyList<HelpCandidateView>> IHelpAreaGrain.Search(HelpSearch search)
    {
        _searches++;
        var now = time.GetUtcNow();
        var candidates = new List<HelpCandidateView>();
        var windows = Windows.Of(search.Availability);
        foreach (var entry in _entries.Values)
        {
            if (entry.ExpiresAt <= now || (search.Kind is { } kind && entry.Kind != kind) || entry.AuthorId == search.ExcludeAuthorId)
            {
                continue;
            }

            var shared = HelpMatchScore.SharedTags(search.Tags, entry.Tags);
            if (search.OnlySharedTags && search.Tags.Count > 0 && shared.Count == 0)
            {
                continue;
            }

            var km = GeoDistance.Km(search.Near.Latitude, search.Near.Longitude, entry.Point.Latitude, entry.Point.Longitude);
            if (km <= search.RadiusKm)
            {
                var score = HelpMatchScore.Of(km, search.RadiusKm, shared.Count, search.Tags.Count, entry.Tags.Count, entry.AuthorHelperRating);
                var overlaps = windows.Count > 0 && Availability.Overlap(windows, Windows.Of(entry.Availability));
                candidates.Add(new HelpCandidateView(entry.RequestId, km, shared, score, entry.AuthorId, overlaps));
            }
        }

        return Task.FromResult(HelpIndex.Best(candidates, search.First));
    }

    Task<HelpAreaStats> IHelpAreaGrain.Stats() => Task.FromResult(new HelpAreaStats(_entries.Count, _searches));

    private IHelpAreaShardGrain Shard(int shard) =>
        GrainFactory.Reference<IHelpAreaShardGrain>(GrainKeys.Of(this.GetPrimaryKeyString(), shard.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
