using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Incentives;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Incentives;

/// <summary>
/// Hot at the end of a busy day: reentrant, changes applied in memory and written together (group commit),
/// so concurrent pushes share one storage write.
/// </summary>
[Reentrant]
public sealed class LeaderboardGrain : Grain, ILeaderboardGrain
{
    public const int Capacity = TopK.DefaultCapacity;

    private readonly IPersistentState<LeaderboardState> _state;
    private readonly GroupCommit _commit;
    private TopK? _top;

    public LeaderboardGrain([PersistentState("leaderboard", StorageNames.Default)] IPersistentState<LeaderboardState> state)
    {
        _state = state;
        _commit = new GroupCommit(() => _state.WriteStateAsync());
    }

    private TopK Top => _top ??= new TopK(Capacity, _state.State.Entries.Select(e => new RankedScore(e.MemberId, e.Score, e.ReachedAt)));

    Task<double?> ILeaderboardGrain.Push(LeaderboardPush push)
    {
        // A member already ranked was counted by its first push; this makes a re-sent first push harmless.
        var counts = push.FirstActive && push.Score > 0 && Top.Find(push.MemberId) is null;
        var ranked = Top.Push(new RankedScore(push.MemberId, push.Score, push.ReachedAt));
        if (!counts && !ranked)
        {
            return Task.FromResult(Top.Threshold);
        }

        if (counts)
        {
            _state.State.ActiveMembers++;
        }

        if (ranked)
        {
            _state.State.Entries = Top.Entries.Select(e => new StoredScore(e.MemberId, e.Score, e.ReachedAt)).ToList();
        }

        return Acknowledged();
    }

    Task ILeaderboardGrain.Remove(string memberId)
    {
        if (!Top.Remove(memberId))
        {
            return _commit.Unchanged();
        }

        _state.State.Entries = Top.Entries.Select(e => new StoredScore(e.MemberId, e.Score, e.ReachedAt)).ToList();
        return _commit.WriteAsync();
    }

    Task<IReadOnlyList<LeaderboardEntryView>> ILeaderboardGrain.Top(int first) =>
        Task.FromResult<IReadOnlyList<LeaderboardEntryView>>(Top.Entries
            .Take(first)
            .Select((e, i) => new LeaderboardEntryView(i + 1, e.MemberId, e.Score))
            .ToList());

    Task<double?> ILeaderboardGrain.ScoreOf(string memberId) => Task.FromResult(Top.Find(memberId)?.Score);

    Task<int> ILeaderboardGrain.ActiveMembers() => Task.FromResult(_state.State.ActiveMembers);

    private async Task<double?> Acknowledged()
    {
        await _commit.WriteAsync();
        return Top.Threshold;
    }
}
