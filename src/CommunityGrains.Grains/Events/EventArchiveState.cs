using CommunityGrains.Contracts.Events;

namespace CommunityGrains.Grains.Events;

[GenerateSerializer]
public sealed class EventArchiveState
{
    /// <summary>At most <see cref="EventArchiveGrain.MaxEventsPerMonth"/>, a few dozen bytes each.</summary>
    [Id(0)] public Dictionary<string, EventIndexEntry> Entries { get; set; } = [];
}
