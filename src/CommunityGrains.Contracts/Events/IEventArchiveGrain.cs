namespace CommunityGrains.Contracts.Events;

/// <summary>
/// Key: community/yyyy-MM (the UTC month the event started). The ended and cancelled events of one month, moved
/// out of the community's <see cref="IEventIndexGrain"/> so that index holds only events still to come or running.
/// </summary>
public interface IEventArchiveGrain : IGrainWithStringKey
{
    /// <summary>Stores the entry (a stale version is ignored) and returns this month's counts after it.</summary>
    Task<ArchivedEventCounts> Upsert(EventIndexEntry entry);

    /// <summary>This month's entries of the given status (or both), newest start first.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<EventIndexEntry>> List(Domain.Events.EventStatus? status);
}
