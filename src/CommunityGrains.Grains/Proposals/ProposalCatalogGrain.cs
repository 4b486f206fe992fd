using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Proposals;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Proposals;

/// <summary>Merges the index shards (newest first) into one page, then reads each listed proposal.</summary>
[StatelessWorker]
public sealed class ProposalCatalogGrain : Grain, IProposalCatalogGrain
{
    private string CommunityId => this.Key().CommunityId;

    async Task<Page<ProposalView>> IProposalCatalogGrain.List(Actor actor, ProposalStatus? status, int first, string? after)
    {
        var slices = await Task.WhenAll(Shards().Select(shard => shard.List(status, actor.MemberId, first + 1, after)));
        var entries = slices
            .SelectMany(s => s.Entries)
            .Select(e => (Key: ProposalIndex.SortKey(e), Entry: e))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .Take(first + 1)
            .ToList();
        var page = entries.Take(first).ToList();
        var views = await Task.WhenAll(page.Select(e =>
            GrainFactory.Reference<IProposalGrain>(GrainKeys.Of(CommunityId, e.Entry.Id)).Get(actor)));
        var items = page.Zip(views)
            .Where(p => p.Second is not null)
            .Select(p => new PageItem<ProposalView>(Cursor.Encode(ProposalIndex.CursorKind, p.First.Key), p.Second!))
            .ToList();
        return new Page<ProposalView>(items, entries.Count > first, slices.Sum(s => s.Matching));
    }

    async Task<IReadOnlyList<ProposalStatusCount>> IProposalCatalogGrain.CountByStatus()
    {
        var counts = (await Task.WhenAll(Shards().Select(shard => shard.CountByStatus()))).SelectMany(c => c).ToList();
        return Enum.GetValues<ProposalStatus>()
            .Select(status => new ProposalStatusCount(status, counts.Where(c => c.Status == status).Sum(c => c.Count)))
            .ToList();
    }

    private IEnumerable<IProposalIndexGrain> Shards() =>
        Enumerable.Range(0, ProposalIndex.Shards).Select(shard => GrainFactory.Reference<IProposalIndexGrain>(ProposalIndex.Key(CommunityId, shard)));
}
