using CommunityGrains.Contracts.Surveys;

namespace CommunityGrains.Grains.Surveys;

[GenerateSerializer]
public sealed class SurveyTextPageState
{
    /// <summary>At most <see cref="SurveyStorage.TextPageSize"/> texts, by slot.</summary>
    [Id(0)] public Dictionary<int, SurveyText> Texts { get; set; } = [];
}
