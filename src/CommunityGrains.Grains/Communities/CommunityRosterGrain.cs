using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Communities;
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

    Task ICommunityRosterGrain.Report(string memberId, int lifetimePoints)
    {
        if (_state.State.LifetimePoints.TryGetValue(memberId, out var current) && current == lifetimePoints)
        {
            return Task.CompletedTask;
        }

        _state.State.LifetimePoints[memberId] = lifetimePoints;
        return _commit.WriteAsync();
    }

    Task<IReadOnlyList<int>> ICommunityRosterGrain.LifetimePoints() =>
        Task.FromResult<IReadOnlyList<int>>(_state.State.LifetimePoints.Values.ToList());
}
