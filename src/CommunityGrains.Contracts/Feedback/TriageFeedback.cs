using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Contracts.Feedback;

[GenerateSerializer, Immutable]
public sealed record TriageFeedback(
    [property: Id(0)] FeedbackCategory Category,
    [property: Id(1)] FeedbackPriority Priority,
    [property: Id(2)] string? AssigneeId);
