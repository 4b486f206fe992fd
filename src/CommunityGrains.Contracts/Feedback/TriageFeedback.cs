using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Contracts.Feedback;

/// <param name="DueAt">Overrides the due date the priority gives.</param>
[GenerateSerializer, Immutable]
public sealed record TriageFeedback(
    [property: Id(0)] FeedbackCategory Category,
    [property: Id(1)] FeedbackPriority Priority,
    [property: Id(2)] string? AssigneeId,
    [property: Id(3)] FeedbackKind? Kind = null,
    [property: Id(4)] DateTimeOffset? DueAt = null);
