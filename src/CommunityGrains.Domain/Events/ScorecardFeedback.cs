using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Domain.Events;

/// <summary>One feedback item of an event as the scorecard weighs it.</summary>
public sealed record ScorecardFeedback(
    FeedbackStatus Status,
    FeedbackCategory SuggestedCategory,
    FeedbackCategory? Category,
    DateTimeOffset DueAt,
    DateTimeOffset? ResolvedAt);
