using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Events;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Events;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Events;

/// <summary>
/// Holds the events still to come or running; an event that ends or is cancelled moves to the archive grain of the
/// month it started, so this write stays small however many events a community has run.
/// </summary>
public sealed class EventIndexGrain(
    [PersistentState("eventIndex", StorageNames.Default)] IPersistentState<EventIndexState> state) : Grain, IEventIndexGrain
{
    /// <summary>Drafts, published and live events at one time; the cap keeps the index one bounded write.</summary>
    public const int MaxOpenEvents = 5_000;

    private const string CursorKind = "events";

    private EventIndexState S => state.State;

    async Task IEventIndexGrain.Upsert(EventIndexEntry entry)
    {
        if (EventLifecycle.IsOver(entry.Status))
        {
            // The archive reports its counts even for an entry it has, so a retry after a crash here repairs them.
            var month = ArchiveMonth(entry.StartsAt);
            var counts = await Archive(month).Upsert(entry);
            if (S.Open.Remove(entry.EventId) | S.Archived.GetValueOrDefault(month) != counts)
            {
                S.Archived[month] = counts;
                await state.WriteStateAsync();
            }

            return;
        }

        if (S.Open.TryGetValue(entry.EventId, out var stored))
        {
            if (stored.Version >= entry.Version)
            {
                return;
            }
        }
        else if (S.Open.Count >= MaxOpenEvents)
        {
            throw DomainException.Conflict($"This community has {MaxOpenEvents} events not yet over, the most it can list.");
        }

        S.Open[entry.EventId] = entry;
        await state.WriteStateAsync();
    }

    async Task<Page<string>> IEventIndexGrain.List(bool includeDrafts, EventStatus? status, int first, string? after)
    {
        var size = InputLimits.PageSize(first);
        var skip = after is null ? 0 : (int)Math.Min(Cursor.DecodeNumber(CursorKind, after) + 1, int.MaxValue);
        var open = S.Open.Values
            .Where(e => (includeDrafts || e.Status != EventStatus.Draft) && (status is null || e.Status == status))
            .OrderBy(e => e.Status == EventStatus.Live ? 0 : 1)
            .ThenBy(e => e.StartsAt)
            .ThenBy(e => e.EventId, StringComparer.Ordinal)
            .Select(e => e.EventId)
            .ToList();
        var ids = open.Skip(skip).Take(size).ToList();

        // Past events, newest first: whole months are skipped by their counts, so a page reads one or two archives.
        var archiveSkip = Math.Max(0, skip - open.Count);
        var archived = 0;
        foreach (var (month, counts) in S.Archived.Reverse())
        {
            var count = counts.Of(status);
            archived += count;
            if (ids.Count == size || count == 0)
            {
                continue;
            }

            if (archiveSkip >= count)
            {
                archiveSkip -= count;
                continue;
            }

            ids.AddRange((await Archive(month).List(status)).Skip(archiveSkip).Take(size - ids.Count).Select(e => e.EventId));
            archiveSkip = 0;
        }

        var total = open.Count + archived;
        var items = ids.Select((id, i) => new PageItem<string>(Cursor.Encode(CursorKind, skip + i), id)).ToList();
        return new Page<string>(items, skip + items.Count < total, total);
    }

    private static string ArchiveMonth(DateTimeOffset startsAt) => startsAt.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private IEventArchiveGrain Archive(string month) => GrainFactory.Reference<IEventArchiveGrain>(GrainKeys.Of(this.Key().CommunityId, month));
}
