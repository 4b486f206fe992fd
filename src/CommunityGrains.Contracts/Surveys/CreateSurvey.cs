using CommunityGrains.Domain.Surveys;

namespace CommunityGrains.Contracts.Surveys;

[GenerateSerializer, Immutable]
public sealed record CreateSurvey
{
    [Id(0)] public required SurveyKind Kind { get; init; }
    [Id(1)] public required string Title { get; init; }

    /// <summary>Ids are ignored: questions are numbered by position.</summary>
    [Id(2)] public IReadOnlyList<SurveyQuestionView>? Questions { get; init; }

    [Id(3)] public DateTimeOffset? ClosesAt { get; init; }
    [Id(4)] public SurveyAudience Audience { get; init; } = SurveyAudience.Community;
}
