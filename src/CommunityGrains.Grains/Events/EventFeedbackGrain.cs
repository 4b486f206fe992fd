using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Events;
using CommunityGrains.Domain.Common;

namespace CommunityGrains.Grains.Events;

public sealed class EventFeedbackGrain(
    [PersistentState("eventFeedback", StorageNames.Default)] IPersistentState<EventFeedbackState> state) : Grain, IEventFeedbackGrain
{
    /// <summary>Ten times the programme's target for one event, and still one modest write.</summary>
    public const int MaxItems = 2_000;

    private const string CursorKind = "event-feedback";

    async Task IEventFeedbackGrain.Upsert(EventFeedbackEntry entry)
    {
        var entries = state.State.Entries;
        if (entries.TryGetValue(entry.FeedbackId, out var stored) ? stored.Version >= entry.Version : entries.Count >= MaxItems)
        {
            return;
        }

        entries[entry.FeedbackId] = entry;
        await state.WriteStateAsync();
    }

    Task<Page<string>> IEventFeedbackGrain.List(int first, string? after)
    {
        var size = InputLimits.PageSize(first);
        var skip = after is null ? 0 : (int)Math.Min(Cursor.DecodeNumber(CursorKind, after) + 1, int.MaxValue);
        var ordered = state.State.Entries.Values.OrderByDescending(e => e.CreatedAt).ThenBy(e => e.FeedbackId, StringComparer.Ordinal).ToList();
        var items = ordered.Skip(skip).Take(size).Select((e, i) => new PageItem<string>(Cursor.Encode(CursorKind, skip + i), e.FeedbackId)).ToList();
        return Task.FromResult(new Page<string>(items, skip + items.Count < ordered.Count, ordered.Count));
    }

    Task<IReadOnlyList<EventFeedbackEntry>> IEventFeedbackGrain.Entries() =>
        Task.FromResult<IReadOnlyList<EventFeedbackEntry>>(state.State.Entries.Values.ToList());
}
