using CommunityGrains.Domain.Surveys;

namespace CommunityGrains.Contracts.Surveys;

[GenerateSerializer, Immutable]
public sealed record SurveyView
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required SurveyKind Kind { get; init; }
    [Id(2)] public required string Title { get; init; }
    [Id(3)] public required SurveyStatus Status { get; init; }
    [Id(4)] public required SurveyAudience Audience { get; init; }
    [Id(5)] public required IReadOnlyList<SurveyQuestionView> Questions { get; init; }
    [Id(6)] public required int Responses { get; init; }
}
