using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Trends;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Trends;

/// <summary>All 256 shards of a busy day report here, so reentrant with group commit.</summary>
[Reentrant]
public sealed class ActivityDayGrain : Grain, IActivityDayGrain
{
    private readonly IPersistentState<ActivityDayState> _state;
    private readonly GroupCommit _commit;
    private DayTotals? _sum;

    public ActivityDayGrain([PersistentState("activityDay", StorageNames.Default)] IPersistentState<ActivityDayState> state)
    {
        _state = state;
        _commit = new GroupCommit(() => _state.WriteStateAsync());
    }

    Task IActivityDayGrain.Report(uint shard, long version, DayTotals totals)
    {
        if (_state.State.Shards.GetValueOrDefault(shard) is { } held && (held.Version > version || held == new ShardTotals(version, totals)))
        {
            return _commit.Unchanged();
        }

        _state.State.Shards[shard] = new ShardTotals(version, totals);
        _sum = null;
        return _commit.WriteAsync();
    }

    Task<DayTotals> IActivityDayGrain.Totals() =>
        Task.FromResult(_sum ??= _state.State.Shards.Values.Aggregate(DayTotals.Zero, (sum, shard) => sum.Plus(shard.Totals)));
}
