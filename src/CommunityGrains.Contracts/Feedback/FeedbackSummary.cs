using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Contracts.Feedback;

/// <summary>
/// What the month indexes and the queue shards keep per item: enough to filter, sort, page and compute the report
/// without waking the item.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record FeedbackSummary
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required FeedbackStatus Status { get; init; }

    /// <summary>The triaged category, or the suggested one until a moderator has triaged.</summary>
    [Id(2)] public required FeedbackCategory Category { get; init; }

    [Id(3)] public required DateTimeOffset CreatedAt { get; init; }
    [Id(4)] public required DateTimeOffset DueAt { get; init; }
    [Id(5)] public required DateTimeOffset? ResolvedAt { get; init; }
    [Id(6)] public required bool Public { get; init; }

    /// <summary>Only for feedback given under the member's name; anonymous items store no author here.</summary>
    [Id(7)] public required string? AuthorId { get; init; }

    /// <summary>Rises with every change of the item, so a late, older summary never overwrites a newer one.</summary>
    [Id(8)] public required int Version { get; init; }

    [Id(9)] public required FeedbackChannel Channel { get; init; }
    [Id(10)] public required FeedbackKind? Kind { get; init; }
    [Id(11)] public required FeedbackPriority? Priority { get; init; }
    [Id(12)] public required string? AssigneeId { get; init; }
    [Id(13)] public required FeedbackCategory SuggestedCategory { get; init; }

    /// <summary>When a moderator first triaged it; null before.</summary>
    [Id(14)] public required DateTimeOffset? TriagedAt { get; init; }

    [Id(15)] public required DateTimeOffset? FirstResponseAt { get; init; }

    /// <summary>The normalised start of the text while the item is open (for duplicate suggestions); null once done.</summary>
    [Id(16)] public required string? OpenText { get; init; }

    /// <summary>Merged into another item.</summary>
    [Id(17)] public required bool Merged { get; init; }
}
