namespace CommunityGrains.Grains.Events;

[GenerateSerializer]
public sealed class MemberEventsState
{
    /// <summary>Newest first, at most <see cref="MemberEventsGrain.Kept"/>.</summary>
    [Id(0)] public List<string> EventIds { get; set; } = [];
}
