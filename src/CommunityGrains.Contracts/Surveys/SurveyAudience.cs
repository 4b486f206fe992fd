using CommunityGrains.Domain.Surveys;

namespace CommunityGrains.Contracts.Surveys;

/// <summary>
/// Who a survey is for: the whole community (all null), the members registered for one event (with the phase), or
/// one member, e.g. the author of a resolved feedback item asked how it went (<see cref="FeedbackId"/>).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SurveyAudience
{
    public static readonly SurveyAudience Community = new();

    [Id(0)] public string? EventId { get; init; }
    [Id(1)] public SurveyPhase? Phase { get; init; }
    [Id(2)] public string? MemberId { get; init; }
    [Id(3)] public string? FeedbackId { get; init; }
}
