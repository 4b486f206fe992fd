using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Events;

namespace CommunityGrains.Grains.Events;

public sealed class MemberEventsGrain(
    [PersistentState("events", StorageNames.Default)] IPersistentState<MemberEventsState> state) : Grain, IMemberEventsGrain
{
    /// <summary>A member's recent events are what "my events" is for; older ones drop off so the list stays one small write.</summary>
    public const int Kept = 200;

    async Task IMemberEventsGrain.Add(string eventId)
    {
        if (state.State.EventIds.Contains(eventId))
        {
            return;
        }

        state.State.EventIds = [eventId, .. state.State.EventIds.Take(Kept - 1)];
        await state.WriteStateAsync();
    }

    Task<IReadOnlyList<string>> IMemberEventsGrain.EventIds() => Task.FromResult<IReadOnlyList<string>>(state.State.EventIds);
}
