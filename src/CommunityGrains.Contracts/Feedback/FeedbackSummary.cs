using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Contracts.Feedback;

/// <summary>
/// What a month index keeps per item: enough to filter, page and compute the SLA figures without waking the item.
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
}
