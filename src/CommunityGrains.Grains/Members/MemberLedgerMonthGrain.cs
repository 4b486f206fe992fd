using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Members;

namespace CommunityGrains.Grains.Members;

public sealed class MemberLedgerMonthGrain(
    [PersistentState("ledger", StorageNames.Default)] IPersistentState<MemberLedgerMonthState> state) : Grain, IMemberLedgerMonthGrain
{
    async Task IMemberLedgerMonthGrain.Append(IReadOnlyList<PointsEntryView> entries)
    {
        var highest = state.State.Entries.Count == 0 ? 0 : state.State.Entries[^1].Sequence;
        var fresh = entries.Where(e => e.Sequence > highest).OrderBy(e => e.Sequence).ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        state.State.Entries.AddRange(fresh);
        await state.WriteStateAsync();
    }

    Task IMemberLedgerMonthGrain.Erase() => state.ClearStateAsync();

    Task<IReadOnlyList<PointsEntryView>> IMemberLedgerMonthGrain.Before(long beforeSequence, int count) =>
        Task.FromResult<IReadOnlyList<PointsEntryView>>(state.State.Entries
            .Where(e => e.Sequence < beforeSequence)
            .OrderByDescending(e => e.Sequence)
            .Take(count)
            .ToList());
}
