using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Help;

namespace CommunityGrains.Grains.Help;

public sealed class HelpAreaShardGrain(
    [PersistentState("helpAreaShard", StorageNames.Default)] IPersistentState<HelpAreaShardState> state,
    TimeProvider time) : Grain, IHelpAreaShardGrain
{
    async Task IHelpAreaShardGrain.Put(IReadOnlyList<HelpAreaEntry> entries)
    {
        foreach (var entry in entries)
        {
            state.State.Entries[entry.RequestId] = entry;
        }

        var now = time.GetUtcNow();
        foreach (var expired in state.State.Entries.Values.Where(e => e.ExpiresAt <= now).Select(e => e.RequestId).ToList())
        {
            state.State.Entries.Remove(expired);
        }

        await state.WriteStateAsync();
    }

    async Task IHelpAreaShardGrain.Remove(string requestId)
    {
        if (state.State.Entries.Remove(requestId))
        {
            await state.WriteStateAsync();
        }
    }

    Task<IReadOnlyList<HelpAreaEntry>> IHelpAreaShardGrain.All() =>
        Task.FromResult<IReadOnlyList<HelpAreaEntry>>(state.State.Entries.Values.ToList());
}
