using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.StudyGroups;

namespace CommunityGrains.Grains.StudyGroups;

/// <summary>Read only: see <see cref="ICheckInCounterGrain"/>.</summary>
public sealed class CheckInCounterGrain(
    [PersistentState("checkInCounter", StorageNames.Default)] IPersistentState<CheckInCounterState> state) : Grain, ICheckInCounterGrain
{
    Task<int> ICheckInCounterGrain.Total() => Task.FromResult(state.State.ByGroup.Values.Sum());
}
