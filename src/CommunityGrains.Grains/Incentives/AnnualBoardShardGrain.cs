using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Incentives;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Incentives;

/// <summary>Pushed by every award with points, so reentrant with group commit like the roster shards.</summary>
[Reentrant]
public sealed class AnnualBoardShardGrain : Grain, IAnnualBoardShardGrain
{
    private readonly IPersistentState<AnnualBoardShardState> _state;
    private readonly GroupCommit _commit;

    /// <summary>
    /// The shard's scores in board order, sorted once per change rather than on every read: every board read asks
    /// all 256 shards, and sorting each shard's ~400 scores (at 100,000 members) on each of them was most of a read.
    /// </summary>
    private List<AnnualScore>? _ranked;

    public AnnualBoardShardGrain([PersistentState("annual", StorageNames.Default)] IPersistentState<AnnualBoardShardState> state)
    {
        _state = state;
        _commit = new GroupCommit(() => _state.WriteStateAsync());
    }

    Task IAnnualBoardShardGrain.Push(AnnualScore score)
    {
        var stored = new StoredScore(score.MemberId, score.Score, score.ReachedAt);
        if (_state.State.Scores.GetValueOrDefault(score.MemberId) == stored)
        {
            return _commit.Unchanged();
        }

        _state.State.Scores[score.MemberId] = stored;
        _ranked = null;
        return _commit.WriteAsync();
    }

    Task IAnnualBoardShardGrain.Remove(string memberId)
    {
        if (!_state.State.Scores.Remove(memberId))
        {
            return _commit.Unchanged();
        }

        _ranked = null;
        return _commit.WriteAsync();
    }

    Task<IReadOnlyList<AnnualScore>> IAnnualBoardShardGrain.Top(int first)
    {
        _ranked ??= _state.State.Scores.Values
            .Select(s => new RankedScore(s.MemberId, s.Score, s.ReachedAt))
            .Order(TopK.RankOrder.Instance)
            .Select(s => new AnnualScore(s.MemberId, s.Score, s.ReachedAt))
            .ToList();
        return Task.FromResult<IReadOnlyList<AnnualScore>>(_ranked[..Math.Min(first, _ranked.Count)]);
    }

    Task<AnnualScore?> IAnnualBoardShardGrain.ScoreOf(string memberId) =>
        Task.FromResult(_state.State.Scores.TryGetValue(memberId, out var s) ? new AnnualScore(s.MemberId, s.Score, s.ReachedAt) : null);
}
