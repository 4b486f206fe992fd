using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Contracts.Feedback;

/// <summary>
/// What a month index keeps per item: enough to filter, page and compute the SLA figures without waking the item.
/// </summary>
/// <param name="AuthorId">Only for feedback given under the member's name; anonymous items store no author here.</param>
/// <param name="Category">The triaged category, or the suggested one until a moderator has triaged.</param>
/// <param name="Version">Rises with every change of the item, so a late, older summary never overwrites a newer one.</param>
[GenerateSerializer, Immutable]
public sealed record FeedbackSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] FeedbackStatus Status,
    [property: Id(2)] FeedbackCategory Category,
    [property: Id(3)] DateTimeOffset CreatedAt,
    [property: Id(4)] DateTimeOffset DueAt,
    [property: Id(5)] DateTimeOffset? ResolvedAt,
    [property: Id(6)] bool Public,
    [property: Id(7)] string? AuthorId,
    [property: Id(8)] int Version);
