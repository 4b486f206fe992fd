using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Help;

namespace CommunityGrains.Grains.Help;

public sealed class HelpOpenCounterGrain(
    [PersistentState("helpOpenCounter", StorageNames.Default)] IPersistentState<HelpOpenCounterState> state,
    TimeProvider time) : Grain, IHelpOpenCounterGrain
{
    async Task IHelpOpenCounterGrain.Open(string requestId, DateTimeOffset expiresAt)
    {
        var now = time.GetUtcNow();
        foreach (var expired in state.State.Open.Where(p => p.Value <= now).Select(p => p.Key).ToList())
        {
            state.State.Open.Remove(expired);
        }

        state.State.Open[requestId] = expiresAt;
        await state.WriteStateAsync();
    }

    async Task IHelpOpenCounterGrain.Close(string requestId)
    {
        if (state.State.Open.Remove(requestId))
        {
            await state.WriteStateAsync();
        }
    }

    Task<int> IHelpOpenCounterGrain.Count()
    {
        var now = time.GetUtcNow();
        return Task.FromResult(state.State.Open.Values.Count(expiresAt => expiresAt > now));
    }
}
