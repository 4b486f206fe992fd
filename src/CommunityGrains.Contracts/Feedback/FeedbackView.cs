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

    [Id(18)] public required FeedbackKind? Kind { get; init; }

    /// <summary>Null unless the viewer is a moderator or the assignee.</summary>
    [Id(19)] public required string? Contact { get; init; }

    /// <summary>Null unless the viewer is a moderator.</summary>
    [Id(20)] public required string? EnteredById { get; init; }

    /// <summary>Oldest first; notes only for staff.</summary>
    [Id(21)] public required IReadOnlyList<FeedbackEntryView> History { get; init; }

    [Id(22)] public required DateTimeOffset? FirstResponseAt { get; init; }
    [Id(23)] public required FeedbackRisk Risk { get; init; }
    [Id(24)] public required string? DuplicateOfId { get; init; }
    [Id(25)] public required IReadOnlyList<string> DuplicateIds { get; init; }
    [Id(26)] public required int Reporters { get; init; }
    [Id(27)] public required string? ProposalId { get; init; }
    [Id(28)] public required string? FollowUpSurveyId { get; init; }
}
