using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Contracts.Feedback;

/// <param name="ById">Null for status changes, which the system writes.</param>
[GenerateSerializer, Immutable]
public sealed record FeedbackEntryView(
    [property: Id(0)] FeedbackEntryKind Kind,
    [property: Id(1)] string Text,
    [property: Id(2)] string? ById,
    [property: Id(3)] DateTimeOffset At);
