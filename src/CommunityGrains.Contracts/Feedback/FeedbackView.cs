using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Contracts.Feedback;

/// <param name="AuthorId">Null for anonymous feedback, whoever asks: the author is kept only inside the feedback grain.</param>
/// <param name="Overdue">Computed when the view is made, from the grain's clock.</param>
/// <param name="Public">True once resolved publicly: the item is then on the public board.</param>
[GenerateSerializer, Immutable]
public sealed record FeedbackView(
    [property: Id(0)] string Id,
    [property: Id(1)] FeedbackChannel Channel,
    [property: Id(2)] string Body,
    [property: Id(3)] string? AuthorId,
    [property: Id(4)] FeedbackCategory SuggestedCategory,
    [property: Id(5)] FeedbackCategory? Category,
    [property: Id(6)] FeedbackPriority? Priority,
    [property: Id(7)] string? AssigneeId,
    [property: Id(8)] FeedbackStatus Status,
    [property: Id(9)] DateTimeOffset CreatedAt,
    [property: Id(10)] DateTimeOffset DueAt,
    [property: Id(11)] bool Overdue,
    [property: Id(12)] string? Reply,
    [property: Id(13)] string? Resolution,
    [property: Id(14)] DateTimeOffset? ResolvedAt,
    [property: Id(15)] bool Public,
    [property: Id(16)] string? CloseReason,
    [property: Id(17)] string? EventId = null);
