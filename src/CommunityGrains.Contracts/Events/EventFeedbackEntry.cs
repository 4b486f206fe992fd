using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Contracts.Events;

/// <summary>
/// A feedback item collected at an event, as its scorecard needs it. <see cref="AuthorId"/> is kept even for anonymous
/// items, only to count engaged attendees; it never leaves the event's feedback grain.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record EventFeedbackEntry
{
    [Id(0)] public required string FeedbackId { get; init; }
    [Id(1)] public required string AuthorId { get; init; }
    [Id(2)] public required FeedbackStatus Status { get; init; }
    [Id(3)] public required FeedbackCategory SuggestedCategory { get; init; }
    [Id(4)] public FeedbackCategory? Category { get; init; }
    [Id(5)] public required DateTimeOffset CreatedAt { get; init; }
    [Id(6)] public required DateTimeOffset DueAt { get; init; }
    [Id(7)] public DateTimeOffset? ResolvedAt { get; init; }
    [Id(8)] public required long Version { get; init; }
}
