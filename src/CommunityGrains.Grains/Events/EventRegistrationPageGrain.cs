using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Events;

namespace CommunityGrains.Grains.Events;

public sealed class EventRegistrationPageGrain(
    [PersistentState("page", StorageNames.Default)] IPersistentState<EventRegistrationPageState> state) : Grain, IEventRegistrationPageGrain
{
    async Task IEventRegistrationPageGrain.Put(RegistrationRow row)
    {
        if (state.State.Rows.TryGetValue(row.Seq, out var stored) && stored == row)
        {
            return;
        }

        state.State.Rows[row.Seq] = row;
        await state.WriteStateAsync();
    }

    Task<IReadOnlyList<RegistrationRow>> IEventRegistrationPageGrain.Rows() =>
        Task.FromResult<IReadOnlyList<RegistrationRow>>(state.State.Rows.Values.ToList());
}
