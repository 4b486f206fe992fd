using CommunityGrains.Contracts.Events;

namespace CommunityGrains.Grains.Events;

[GenerateSerializer]
public sealed class EventFeedbackState
{
    /// <summary>At most <see cref="EventFeedbackGrain.MaxItems"/> small entries.</summary>
    [Id(0)] public Dictionary<string, EventFeedbackEntry> Entries { get; set; } = [];
}
