using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Events;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Events;

namespace CommunityGrains.Grains.Events;

public sealed class EventIndexGrain(
    [PersistentState("eventIndex", StorageNames.Default)] IPersistentState<EventIndexState> state) : Grain, IEventIndexGrain
{
    /// <summary>Years of weekly meetups; the cap keeps the index one bounded write.</summary>
    public const int MaxEvents = 5_000;

    private const string CursorKind = "events";

    async Task IEventIndexGrain.Upsert(EventIndexEntry entry)
    {
        var entries = state.State.Entries;
        if (entries.TryGetValue(entry.EventId, out var stored))
        {
            if (stored.Version >= entry.Version)
            {
                return;
            }
        }
        else if (entries.Count >= MaxEvents)
        {
            throw DomainException.Conflict($"This community has {MaxEvents} events, the most it can list.");
        }

        entries[entry.EventId] = entry;
        await state.WriteStateAsync();
    }

    Task<Page<string>> IEventIndexGrain.List(bool includeDrafts, EventStatus? status, int first, string? after)
    {
        var size = InputLimits.PageSize(first);
        var skip = after is null ? 0 : (int)Math.Min(Cursor.DecodeNumber(CursorKind, after) + 1, int.MaxValue);
        var ordered = state.State.Entries.Values
            .Where(e => (includeDrafts || e.Status != EventStatus.Draft) && (status is null || e.Status == status))
            .OrderBy(e => e.Status switch { EventStatus.Live => 0, EventStatus.Draft or EventStatus.Published => 1, _ => 2 })
            .ThenBy(e => EventLifecycle.IsOver(e.Status) ? -e.StartsAt.UtcTicks : e.StartsAt.UtcTicks)
            .ThenBy(e => e.EventId, StringComparer.Ordinal)
            .ToList();
        var items = ordered.Skip(skip).Take(size).Select((e, i) => new PageItem<string>(Cursor.Encode(CursorKind, skip + i), e.EventId)).ToList();
        return Task.FromResult(new Page<string>(items, skip + items.Count < ordered.Count, ordered.Count));
    }
}
