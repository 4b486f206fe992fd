using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Help;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Help;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Help;

/// <summary>
/// Stateless fan-out: a search asks only the cells covering its radius (at most 9 for 3 km at mid latitudes,
/// whatever the size of the city), each returns its own best few, and the merge keeps the overall best.
/// </summary>
[StatelessWorker]
public sealed class HelpDirectoryGrain : Grain, IHelpDirectoryGrain
{
    private string CommunityId => this.Key().CommunityId;

    async Task<IReadOnlyList<HelpCandidateView>> IHelpDirectoryGrain.Near(HelpSearch query)
    {
        var search = query with
        {
            Near = new GeoPoint(HelpLimits.Latitude(query.Near.Latitude, "near.latitude"), HelpLimits.Longitude(query.Near.Longitude, "near.longitude")),
            RadiusKm = HelpLimits.RadiusKm(query.RadiusKm),
            Tags = InputLimits.Tags(query.Tags, "tags"),
            First = InputLimits.PageSize(query.First),
        };
        var cells = Geohash.CellsCovering(search.Near.Latitude, search.Near.Longitude, search.RadiusKm, HelpLimits.CellPrecision);
        var found = await Task.WhenAll(cells.Select(cell => GrainFactory.Reference<IHelpAreaGrain>(GrainKeys.Of(CommunityId, cell)).Search(search)));
        return HelpIndex.Best(found.SelectMany(f => f), search.First)
            .Select(c => c with { DistanceKm = HelpMatchScore.RoundedKm(c.DistanceKm) })
            .ToList();
    }

    async Task<int> IHelpDirectoryGrain.OpenRequests()
    {
        var counts = await Task.WhenAll(Enumerable.Range(0, HelpIndex.CounterShards).Select(s => HelpIndex.Counter(GrainFactory, CommunityId, s).Count()));
        return counts.Sum();
    }
}
