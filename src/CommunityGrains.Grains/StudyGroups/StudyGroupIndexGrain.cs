using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Domain.StudyGroups;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.StudyGroups;

/// <summary>
/// One of <see cref="StudyGroupIndex.Shards"/> shards of the community's group search. Each entry's terms are held as a
/// set in memory beside the stored list, so a search scores about 1/16 of the groups by set lookups and reads no group.
/// Reentrant with group commit: joins and leaves of many groups share writes.
/// </summary>
[Reentrant]
public sealed class StudyGroupIndexGrain : Grain, IStudyGroupIndexGrain
{
    private readonly IPersistentState<StudyGroupIndexState> _state;
    private readonly GroupCommit _commit;
    private readonly Dictionary<string, IReadOnlySet<string>> _terms = [];

    public StudyGroupIndexGrain([PersistentState("studyGroupIndex", StorageNames.Default)] IPersistentState<StudyGroupIndexState> state)
    {
        _state = state;
        _commit = new GroupCommit(() => _state.WriteStateAsync());
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in _state.State.Entries.Values)
        {
            _terms[entry.Id] = entry.Terms.ToHashSet(StringComparer.Ordinal);
        }

        return Task.CompletedTask;
    }

    Task IStudyGroupIndexGrain.Upsert(StudyGroupIndexEntry entry)
    {
        if (_state.State.Entries.TryGetValue(entry.Id, out var current) && Same(current, entry))
        {
            return _commit.Unchanged();
        }

        _state.State.Entries[entry.Id] = entry;
        _terms[entry.Id] = entry.Terms.ToHashSet(StringComparer.Ordinal);
        return _commit.WriteAsync();
    }

    /// <summary>Keeps only the best First in a heap while it counts every match: nothing is sorted or formatted for the rest.</summary>
    Task<StudyGroupIndexSlice> IStudyGroupIndexGrain.Search(StudyGroupQuery query)
    {
        var terms = query.Terms.ToHashSet(StringComparer.Ordinal);
        var worstFirst = Comparer<StudyGroupRank>.Create((a, b) => b.CompareTo(a));
        var best = new PriorityQueue<StudyGroupRank, StudyGroupRank>(query.First + 1, worstFirst);
        var matching = 0;
        foreach (var entry in _state.State.Entries.Values)
        {
            if ((query.WithSeatsOnly && entry.FreeSeats == 0) || !GroupSearchRules.HasTags(entry.Tags, query.Tags))
            {
                continue;
            }

            var score = GroupSearchRules.Score(_terms[entry.Id], terms);
            if (query.RequireMatch && score == 0)
            {
                continue;
            }

            matching++;
            var rank = StudyGroupRank.Of(score, entry.CreatedAt, entry.Id);
            if (query.After is { } after && rank.CompareTo(after) <= 0)
            {
                continue;
            }

            if (best.Count < query.First)
            {
                best.Enqueue(rank, rank);
            }
            else if (rank.CompareTo(best.Peek()) < 0)
            {
                best.EnqueueDequeue(rank, rank);
            }
        }

        var hits = best.UnorderedItems.Select(i => i.Element).Order().Select(r => new StudyGroupHit(r.GroupId, r.SortKey())).ToList();
        return Task.FromResult(new StudyGroupIndexSlice(hits, matching));
    }

    private static bool Same(StudyGroupIndexEntry a, StudyGroupIndexEntry b) =>
        a.FreeSeats == b.FreeSeats && a.CreatedAt == b.CreatedAt && a.Terms.SequenceEqual(b.Terms) && a.Tags.SequenceEqual(b.Tags);
}
