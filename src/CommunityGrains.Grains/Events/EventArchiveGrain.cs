using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Events;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Events;

namespace CommunityGrains.Grains.Events;

public sealed class EventArchiveGrain(
    [PersistentState("eventArchive", StorageNames.Default)] IPersistentState<EventArchiveState> state) : Grain, IEventArchiveGrain
{
    /// <summary>Events that started in one month: more than a community runs, and the bound of one write.</summary>
    public const int MaxEventsPerMonth = 5_000;

    async Task<ArchivedEventCounts> IEventArchiveGrain.Upsert(EventIndexEntry entry)
    {
        var entries = state.State.Entries;
        if (entries.TryGetValue(entry.EventId, out var stored) ? stored.Version < entry.Version : entries.Count < MaxEventsPerMonth)
        {
            entries[entry.EventId] = entry;
            await state.WriteStateAsync();
        }
        else if (stored is null)
        {
            throw DomainException.Conflict($"This community has {MaxEventsPerMonth} past events starting in one month, the most it can list.");
        }

        return Counts();
    }

    Task<IReadOnlyList<EventIndexEntry>> IEventArchiveGrain.List(EventStatus? status) =>
        Task.FromResult<IReadOnlyList<EventIndexEntry>>(state.State.Entries.Values
            .Where(e => status is null || e.Status == status)
            .OrderByDescending(e => e.StartsAt)
            .ThenBy(e => e.EventId, StringComparer.Ordinal)
            .ToList());

    private ArchivedEventCounts Counts() => new(
        state.State.Entries.Values.Count(e => e.Status == EventStatus.Ended),
        state.State.Entries.Values.Count(e => e.Status == EventStatus.Cancelled));
}
