using CommunityGrains.Domain.Surveys;

namespace CommunityGrains.Contracts.Surveys;

[GenerateSerializer, Immutable]
public sealed record SurveyIndexEntry
{
    [Id(0)] public required string SurveyId { get; init; }
    [Id(1)] public required SurveyAudience Audience { get; init; }
    [Id(2)] public required SurveyStatus Status { get; init; }
    [Id(3)] public DateTimeOffset? ClosesAt { get; init; }
    [Id(4)] public required DateTimeOffset CreatedAt { get; init; }
}
