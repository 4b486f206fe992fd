using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.StudyGroups;

/// <summary>
/// Every check-in of its groups that day reports here, so it is the hot spot of the feature: reentrant
/// with group commit, and a report that changes nothing costs no write.
/// </summary>
[Reentrant]
public sealed class CheckInCounterGrain : Grain, ICheckInCounterGrain
{
    private readonly IPersistentState<CheckInCounterState> _state;
    private readonly GroupCommit _commit;

    public CheckInCounterGrain([PersistentState("checkInCounter", StorageNames.Default)] IPersistentState<CheckInCounterState> state)
    {
        _state = state;
        _commit = new GroupCommit(() => _state.WriteStateAsync());
    }

    Task ICheckInCounterGrain.Report(string groupId, int checkIns)
    {
        // Totals only grow within a day, so an older report arriving late must not lower the count.
        if (_state.State.ByGroup.TryGetValue(groupId, out var current) && current >= checkIns)
        {
            return Task.CompletedTask;
        }

        _state.State.ByGroup[groupId] = checkIns;
        return _commit.WriteAsync();
    }

    Task<int> ICheckInCounterGrain.Total() => Task.FromResult(_state.State.ByGroup.Values.Sum());
}
