using CommunityGrains.Domain.Proposals;
using Orleans.Concurrency;

namespace CommunityGrains.Contracts.Proposals;

/// <summary>
/// Key: community/proposal-index/shard (see <see cref="ProposalIndex"/>). Id, title, status and author of the
/// proposals that hash to this shard: one write holds about proposals/16 small entries (a community with
/// 10,000 proposals writes about 625 entries, tens of kilobytes).
/// </summary>
public interface IProposalIndexGrain : IGrainWithStringKey
{
    /// <summary>Sets the entry (not adds): a repeated report is harmless.</summary>
    Task Upsert(ProposalIndexEntry entry);

    /// <summary>
    /// Entries with <paramref name="status"/> (any but DRAFT when null; DRAFT only for <paramref name="viewerId"/>'s
    /// own drafts), newest first, after the position <paramref name="after"/>; at most <paramref name="first"/>, with the matching count.
    /// </summary>
    [ReadOnly, AlwaysInterleave]
    Task<ProposalIndexSlice> List(ProposalStatus? status, string viewerId, int first, string? after);

    [ReadOnly, AlwaysInterleave]
    Task<IReadOnlyList<ProposalStatusCount>> CountByStatus();
}
