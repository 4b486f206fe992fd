using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Trends;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Trends;

/// <summary>Every award of the day reports here, so reentrant with group commit like the roster shards.</summary>
[Reentrant]
public sealed class ActivityDayShardGrain : Grain, IActivityDayShardGrain
{
    private readonly IPersistentState<ActivityDayShardState> _state;
    private readonly GroupCommit _commit;

    public ActivityDayShardGrain([PersistentState("activity", StorageNames.Default)] IPersistentState<ActivityDayShardState> state)
    {
        _state = state;
        _commit = new GroupCommit(() => _state.WriteStateAsync());
    }

    Task IActivityDayShardGrain.Record(MemberDay day)
    {
        if (_state.State.Members.GetValueOrDefault(day.MemberId) == day)
        {
            return Task.CompletedTask;
        }

        _state.State.Members[day.MemberId] = day;
        return _commit.WriteAsync();
    }

    Task<IReadOnlyList<MemberDay>> IActivityDayShardGrain.Members() =>
        Task.FromResult<IReadOnlyList<MemberDay>>(_state.State.Members.Values.ToList());
}
