using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Help;
using CommunityGrains.Domain.Help;

namespace CommunityGrains.Grains.Help;

/// <summary>Where the pieces of the help index live, and the one ranking every layer of it applies.</summary>
internal static class HelpIndex
{
    /// <summary>Each cell persists its entries in this many shards: a write carries about 1/16 of the cell.</summary>
    public const int AreaShards = 16;

    /// <summary>The open-request counter is split so that no single write holds every open id of a city.</summary>
    public const int CounterShards = 16;

    public static IHelpAreaGrain AreaOf(IGrainFactory grains, string communityId, GeoPoint point) =>
        grains.Reference<IHelpAreaGrain>(GrainKeys.Of(communityId, Geohash.Encode(point.Latitude, point.Longitude, HelpLimits.CellPrecision)));

    public static IHelpOpenCounterGrain CounterOf(IGrainFactory grains, string communityId, string requestId) =>
        Counter(grains, communityId, (int)(ShardHash.Of(requestId) % CounterShards));

    public static IHelpOpenCounterGrain Counter(IGrainFactory grains, string communityId, int shard) =>
        grains.Reference<IHelpOpenCounterGrain>(GrainKeys.Of(communityId, "open", shard.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public static int AreaShardOf(string requestId) => (int)(ShardHash.Of(requestId) % AreaShards);

    /// <summary>
    /// Best first: those whose availability meets the searcher's, then score, then the nearer, then the id, so equal
    /// scores page the same way every time.
    /// </summary>
    public static IReadOnlyList<HelpCandidateView> Best(IEnumerable<HelpCandidateView> candidates, int first) =>
        candidates
            .OrderByDescending(c => c.AvailabilityOverlaps)
            .ThenByDescending(c => c.Score)
            .ThenBy(c => c.DistanceKm)
            .ThenBy(c => c.RequestId, StringComparer.Ordinal)
            .Take(first)
            .ToList();
}
