using CommunityGrains.Contracts.Common;
using CommunityGrains.Domain.Proposals;

namespace CommunityGrains.Contracts.Proposals;

/// <summary>Key: the community id. Stateless: merges the index shards into pages and counts.</summary>
public interface IProposalCatalogGrain : IGrainWithStringKey
{
    /// <param name="after">The sort position from a cursor (see <see cref="ProposalIndex.SortKey"/>), decoded by the gateway.</param>
    Task<Page<ProposalView>> List(Actor actor, ProposalStatus? status, int first, string? after);

    Task<IReadOnlyList<ProposalStatusCount>> CountByStatus();
}
