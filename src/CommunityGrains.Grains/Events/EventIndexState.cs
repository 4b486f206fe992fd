using CommunityGrains.Contracts.Events;

namespace CommunityGrains.Grains.Events;

[GenerateSerializer]
public sealed class EventIndexState
{
    /// <summary>Drafts, published and live events: at most <see cref="EventIndexGrain.MaxOpenEvents"/>, a few dozen bytes each.</summary>
    [Id(0)] public Dictionary<string, EventIndexEntry> Open { get; set; } = [];

    /// <summary>Per archive month (yyyy-MM), as the month's <see cref="EventArchiveGrain"/> last reported: twelve a year.</summary>
    [Id(1)] public SortedDictionary<string, ArchivedEventCounts> Archived { get; set; } = new(StringComparer.Ordinal);
}
