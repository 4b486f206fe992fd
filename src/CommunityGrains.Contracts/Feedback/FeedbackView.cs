using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Contracts.Feedback;

[GenerateSerializer, Immutable]
public sealed record FeedbackView
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required FeedbackChannel Channel { get; init; }
    [Id(2)] public required string Body { get; init; }

    /// <summary>Null for anonymous feedback, whoever asks: the author is kept only inside the feedback grain.</summary>
    [Id(3)] public required string? AuthorId { get; init; }

    [Id(4)] public required FeedbackCategory SuggestedCategory { get; init; }
    [Id(5)] public required FeedbackCategory? Category { get; init; }
    [Id(6)] public required FeedbackPriority? Priority { get; init; }
    [Id(7)] public required string? AssigneeId { get; init; }
    [Id(8)] public required FeedbackStatus Status { get; init; }
    [Id(9)] public required DateTimeOffset CreatedAt { get; init; }
    [Id(10)] public required DateTimeOffset DueAt { get; init; }

    /// <summary>Computed when the view is made, from the grain's clock.</summary>
    [Id(11)] public required bool Overdue { get; init; }

    [Id(12)] public required string? Reply { get; init; }
    [Id(13)] public required string? Resolution { get; init; }
    [Id(14)] public required DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>True once resolved publicly: the item is then on the public board.</summary>
    [Id(15)] public required bool Public { get; init; }

    [Id(16)] public required string? CloseReason { get; init; }

    /// <summary>The event the item was collected at, if any.</summary>
    [Id(17)] public string? EventId { get; init; }
}
