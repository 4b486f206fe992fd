using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Communities;
using CommunityGrains.Domain.StudyGroups;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Communities;

/// <summary>Reentrant so that concurrent reports share one storage write (group commit).</summary>
[Reentrant]
public sealed class CommunityRosterGrain : Grain, ICommunityRosterGrain
{
    private readonly IPersistentState<CommunityRosterState> _state;
    private readonly GroupCommit _commit;

    public CommunityRosterGrain([PersistentState("roster", StorageNames.Default)] IPersistentState<CommunityRosterState> state)
    {
        _state = state;
        _commit = new GroupCommit(() => _state.WriteStateAsync());
    }

    Task ICommunityRosterGrain.Report(string memberId, int lifetimePoints, DayCheckIns? checkIns)
    {
        var changed = false;
        if (!_state.State.LifetimePoints.TryGetValue(memberId, out var current) || current != lifetimePoints)
        {
            _state.State.LifetimePoints[memberId] = lifetimePoints;
            changed = true;
        }

        if (checkIns is not null)
        {
            var day = _state.State.CheckInDay;
            changed |= DailyCheckIns.Record(ref day, _state.State.CheckIns, memberId, checkIns.Day, checkIns.Count);
            _state.State.CheckInDay = day;
        }

        return changed ? _commit.WriteAsync() : _commit.Unchanged();
    }

    Task ICommunityRosterGrain.Remove(string memberId)
    {
        var removed = _state.State.LifetimePoints.Remove(memberId);
        removed |= _state.State.CheckIns.Remove(memberId);
        return removed ? _commit.WriteAsync() : _commit.Unchanged();
    }

    Task<IReadOnlyList<int>> ICommunityRosterGrain.LifetimePoints() =>
        Task.FromResult<IReadOnlyList<int>>(_state.State.LifetimePoints.Values.ToList());

    Task<IReadOnlyList<string>> ICommunityRosterGrain.Members() =>
        Task.FromResult<IReadOnlyList<string>>(_state.State.LifetimePoints.Keys.Order(StringComparer.Ordinal).ToList());

    Task<int> ICommunityRosterGrain.CheckInsOn(DateOnly day) =>
        Task.FromResult(DailyCheckIns.TotalOn(_state.State.CheckInDay, _state.State.CheckIns.Values, day));
}
