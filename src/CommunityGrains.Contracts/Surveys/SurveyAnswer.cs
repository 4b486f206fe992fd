namespace CommunityGrains.Contracts.Surveys;

[GenerateSerializer, Immutable]
public sealed record SurveyAnswer
{
    [Id(0)] public required string QuestionId { get; init; }
    [Id(1)] public int? Score { get; init; }
    [Id(2)] public IReadOnlyList<int>? Choices { get; init; }
    [Id(3)] public string? Text { get; init; }
}
