namespace CommunityGrains.Contracts.Surveys;

/// <summary>Aggregates only: nothing here can be tied to the member who answered.</summary>
[GenerateSerializer, Immutable]
public sealed record SurveyQuestionResultView
{
    [Id(0)] public required SurveyQuestionView Question { get; init; }
    [Id(1)] public required int Answers { get; init; }
    [Id(2)] public double? Nps { get; init; }
    [Id(3)] public int? Promoters { get; init; }
    [Id(4)] public int? Passives { get; init; }
    [Id(5)] public int? Detractors { get; init; }
    [Id(6)] public double? Mean { get; init; }
    [Id(7)] public IReadOnlyList<int>? OptionCounts { get; init; }
    [Id(8)] public int? TextAnswers { get; init; }
}
