using CommunityGrains.Contracts.Common;
using CommunityGrains.Domain.Events;

namespace CommunityGrains.Contracts.Events;

/// <summary>Key: community. The events not yet over in a small entry each; past ones in <see cref="IEventArchiveGrain"/>s.</summary>
public interface IEventIndexGrain : IGrainWithStringKey
{
    /// <summary>Refuses a new event past the cap of open events (CONFLICT); an ended or cancelled one moves to its month's archive.</summary>
    Task Upsert(EventIndexEntry entry);

    /// <summary>Live first, then upcoming by start, then past ones newest first; drafts only for moderators.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<Page<string>> List(bool includeDrafts, EventStatus? status, int first, string? after);
}
