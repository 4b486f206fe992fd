using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Contracts.Feedback;

/// <param name="AuthorId">Only items given under this member's name; null for every item.</param>
/// <param name="AssigneeId">Only items assigned to this member; null for every item.</param>
/// <param name="Risk">Compared at <see cref="Now"/> with <see cref="AtRiskShare"/>.</param>
[GenerateSerializer, Immutable]
public sealed record FeedbackFilter(
    [property: Id(0)] FeedbackStatus? Status,
    [property: Id(1)] FeedbackCategory? Category,
    [property: Id(2)] string? AuthorId,
    [property: Id(3)] FeedbackChannel? Channel = null,
    [property: Id(4)] FeedbackKind? Kind = null,
    [property: Id(5)] FeedbackPriority? Priority = null,
    [property: Id(6)] FeedbackRisk? Risk = null,
    [property: Id(7)] string? AssigneeId = null,
    [property: Id(8)] DateTimeOffset Now = default,
    [property: Id(9)] double AtRiskShare = FeedbackDeadlines.DefaultAtRiskShare)
{
    public bool Matches(FeedbackSummary item) =>
        (Status is null || item.Status == Status)
        && (Category is null || item.Category == Category)
        && (AuthorId is null || item.AuthorId == AuthorId)
        && (Channel is null || item.Channel == Channel)
        && (Kind is null || item.Kind == Kind)
        && (Priority is null || item.Priority == Priority)
        && (AssigneeId is null || item.AssigneeId == AssigneeId)
        && (Risk is null || FeedbackDeadlines.Risk(item.Status, item.CreatedAt, item.DueAt, Now, AtRiskShare) == Risk);
}
