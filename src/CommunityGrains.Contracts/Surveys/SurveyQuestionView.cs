using CommunityGrains.Domain.Surveys;

namespace CommunityGrains.Contracts.Surveys;

[GenerateSerializer, Immutable]
public sealed record SurveyQuestionView
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required SurveyQuestionKind Kind { get; init; }
    [Id(2)] public required string Text { get; init; }
    [Id(3)] public required IReadOnlyList<string> Options { get; init; }
    [Id(4)] public required bool Required { get; init; }

    public SurveyQuestionSpec Spec() => new(Id, Kind, Text, Options, Required);

    public static SurveyQuestionView Of(SurveyQuestionSpec spec) =>
        new() { Id = spec.Id, Kind = spec.Kind, Text = spec.Text, Options = spec.Options, Required = spec.Required };
}
