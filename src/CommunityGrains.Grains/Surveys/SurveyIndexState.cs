using CommunityGrains.Contracts.Surveys;

namespace CommunityGrains.Grains.Surveys;

[GenerateSerializer]
public sealed class SurveyIndexState
{
    /// <summary>At most <see cref="SurveyIndexGrain.MaxSurveys"/> small entries.</summary>
    [Id(0)] public Dictionary<string, SurveyIndexEntry> Entries { get; set; } = [];
}
