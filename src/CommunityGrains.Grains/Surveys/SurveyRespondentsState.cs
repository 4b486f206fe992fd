namespace CommunityGrains.Grains.Surveys;

[GenerateSerializer]
public sealed class SurveyRespondentsState
{
    /// <summary>One shard's share of the respondents; ids only, never an answer.</summary>
    [Id(0)] public HashSet<string> MemberIds { get; set; } = [];
}
