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
        return _commit.WriteAsync();
    }

    Task IAnnualBoardShardGrain.Remove(string memberId) =>
        _state.State.Scores.Remove(memberId) ? _commit.WriteAsync() : _commit.Unchanged();

    Task<IReadOnlyList<AnnualScore>> IAnnualBoardShardGrain.Top(int first) =>
        Task.FromResult<IReadOnlyList<AnnualScore>>(_state.State.Scores.Values
            .Select(s => new RankedScore(s.MemberId, s.Score, s.ReachedAt))
            .Order(TopK.RankOrder.Instance)
            .Take(first)
            .Select(s => new AnnualScore(s.MemberId, s.Score, s.ReachedAt))
            .ToList());

    Task<AnnualScore?> IAnnualBoardShardGrain.ScoreOf(string memberId) =>
        Task.FromResult(_state.State.Scores.TryGetValue(memberId, out var s) ? new AnnualScore(s.MemberId, s.Score, s.ReachedAt) : null);
}
