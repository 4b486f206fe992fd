using CommunityGrains.Contracts.Common;
using CommunityGrains.Domain.Events;

namespace CommunityGrains.Contracts.Events;

/// <summary>Key: community. Every event of the community in a small entry each, up to <c>MaxEvents</c>.</summary>
public interface IEventIndexGrain : IGrainWithStringKey
{
    /// <summary>Refuses a new event past the cap (CONFLICT); an entry already listed is always updated.</summary>
    Task Upsert(EventIndexEntry entry);

    /// <summary>Live first, then upcoming by start, then past ones newest first; drafts only for moderators.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<Page<string>> List(bool includeDrafts, EventStatus? status, int first, string? after);
}
