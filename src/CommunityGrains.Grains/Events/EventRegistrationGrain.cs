using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Events;

namespace CommunityGrains.Grains.Events;

public sealed class EventRegistrationGrain(
    [PersistentState("registration", StorageNames.Default)] IPersistentState<EventRegistrationState> state) : Grain, IEventRegistrationGrain
{
    async Task IEventRegistrationGrain.Put(RegistrationRow row)
    {
        // Rows of an older registration (before a cancel and a new one) may arrive again after a crash; they never win.
        if (state.State.Row is { } stored && (stored == row || stored.Seq > row.Seq))
        {
            return;
        }

        state.State.Row = row;
        await state.WriteStateAsync();
    }

    Task<RegistrationRow?> IEventRegistrationGrain.Get() => Task.FromResult(state.State.Row);
}
