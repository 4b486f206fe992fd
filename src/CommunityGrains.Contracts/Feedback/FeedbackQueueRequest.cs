using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Contracts.Feedback;

/// <summary>A page of the feedback queue as the gateway asks for it.</summary>
[GenerateSerializer, Immutable]
public sealed record FeedbackQueueRequest
{
    [Id(0)] public FeedbackStatus? Status { get; init; }
    [Id(1)] public FeedbackCategory? Category { get; init; }
    [Id(2)] public FeedbackChannel? Channel { get; init; }
    [Id(3)] public FeedbackKind? Kind { get; init; }
    [Id(4)] public FeedbackPriority? Priority { get; init; }
    [Id(5)] public FeedbackRisk? Risk { get; init; }
    [Id(6)] public bool AssignedToMe { get; init; }
    [Id(7)] public FeedbackSort Sort { get; init; }
    [Id(8)] public int First { get; init; } = 20;
    [Id(9)] public string? After { get; init; }
}
