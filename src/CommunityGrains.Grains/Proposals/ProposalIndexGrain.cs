using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Domain.Proposals;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Proposals;

/// <summary>
/// One of <see cref="ProposalIndex.Shards"/> shards of the community's proposal index. Drafts are reported once,
/// when created, so autosaves never reach it. Reentrant with group commit: status changes of many proposals
/// share writes.
/// </summary>
[Reentrant]
public sealed class ProposalIndexGrain : Grain, IProposalIndexGrain
{
    private readonly IPersistentState<ProposalIndexState> _state;
    private readonly TimeProvider _time;
    private readonly GroupCommit _commit;

    public ProposalIndexGrain([PersistentState("proposalIndex", StorageNames.Default)] IPersistentState<ProposalIndexState> state, TimeProvider time)
    {
        _state = state;
        _time = time;
        _commit = new GroupCommit(() => _state.WriteStateAsync());
    }

    Task IProposalIndexGrain.Upsert(ProposalIndexEntry entry)
    {
        if (_state.State.Entries.TryGetValue(entry.Id, out var current) && current == entry)
        {
            return _commit.Unchanged();
        }

        _state.State.Entries[entry.Id] = entry;
        return _commit.WriteAsync();
    }

    Task<ProposalIndexSlice> IProposalIndexGrain.List(ProposalStatus? status, string viewerId, int first, string? after)
    {
        var matching = Effective().Where(e => Matches(e, status, viewerId)).ToList();
        var page = matching
            .Select(e => (Key: ProposalIndex.SortKey(e), Entry: e))
            .Where(e => after is null || string.CompareOrdinal(e.Key, after) > 0)
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .Take(first)
            .Select(e => e.Entry)
            .ToList();
        return Task.FromResult(new ProposalIndexSlice(page, matching.Count));
    }

    Task<IReadOnlyList<ProposalStatusCount>> IProposalIndexGrain.CountByStatus() =>
        Task.FromResult<IReadOnlyList<ProposalStatusCount>>(Effective()
            .GroupBy(e => e.Status)
            .Select(g => new ProposalStatusCount(g.Key, g.Count()))
            .ToList());

    /// <summary>Voting past its closing time counts as REVIEW here too, even before the proposal reports it.</summary>
    private IEnumerable<ProposalIndexEntry> Effective()
    {
        var now = _time.GetUtcNow();
        return _state.State.Entries.Values.Select(e => e with { Status = ProposalLifecycle.Effective(e.Status, e.VotingClosesAt, now) });
    }

    /// <summary>Drafts are private: listed only when asked for, and then only the viewer's own.</summary>
    private static bool Matches(ProposalIndexEntry entry, ProposalStatus? status, string viewerId) => status switch
    {
        null => entry.Status != ProposalStatus.Draft,
        ProposalStatus.Draft => entry.Status == ProposalStatus.Draft && entry.AuthorId == viewerId,
        _ => entry.Status == status,
    };
}
