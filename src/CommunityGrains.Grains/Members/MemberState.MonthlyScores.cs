namespace CommunityGrains.Grains.Members;

public sealed partial class MemberState
{
    /// <summary>Score per month and category ("2026-11/Learner"); only recent months are kept.</summary>
    [Id(17)] public Dictionary<string, MonthlyScore> MonthlyScores { get; set; } = [];
}
