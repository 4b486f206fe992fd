namespace CommunityGrains.Contracts.Surveys;

/// <summary>A free-text answer as stored: the text and when, never who.</summary>
[GenerateSerializer, Immutable]
public sealed record SurveyText
{
    [Id(0)] public required string Text { get; init; }
    [Id(1)] public required DateTimeOffset AnsweredAt { get; init; }
}
