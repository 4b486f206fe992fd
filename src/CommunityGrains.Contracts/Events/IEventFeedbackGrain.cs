using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Contracts.Events;

/// <summary>Key: community/event. The feedback items submitted with the event's id, newest first, up to a cap.</summary>
public interface IEventFeedbackGrain : IGrainWithStringKey
{
    /// <summary>Keeps the entry with the highest version; past the cap a new item is not listed (its feedback grain still has it).</summary>
    Task Upsert(EventFeedbackEntry entry);

    [Orleans.Concurrency.ReadOnly]
    Task<Page<string>> List(int first, string? after);

    /// <summary>Every listed entry, for the scorecard; their authors never leave the grain that asks.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<EventFeedbackEntry>> Entries();
}
