using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Contracts.Feedback;

/// <param name="AuthorId">Only items given under this member's name; null for every item.</param>
[GenerateSerializer, Immutable]
public sealed record FeedbackFilter(
    [property: Id(0)] FeedbackStatus? Status,
    [property: Id(1)] FeedbackCategory? Category,
    [property: Id(2)] string? AuthorId)
{
    public bool Matches(FeedbackSummary item) =>
        (Status is null || item.Status == Status)
        && (Category is null || item.Category == Category)
        && (AuthorId is null || item.AuthorId == AuthorId);
}
