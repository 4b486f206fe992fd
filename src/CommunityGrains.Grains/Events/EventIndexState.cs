using CommunityGrains.Contracts.Events;

namespace CommunityGrains.Grains.Events;

[GenerateSerializer]
public sealed class EventIndexState
{
    /// <summary>At most <see cref="EventIndexGrain.MaxEvents"/>, a few dozen bytes each.</summary>
    [Id(0)] public Dictionary<string, EventIndexEntry> Entries { get; set; } = [];
}
