namespace CommunityGrains.Grains.Incentives;

[GenerateSerializer]
public sealed class RewardIndexState
{
    /// <summary>In the order they were added.</summary>
    [Id(0)] public List<string> RewardIds { get; set; } = [];
}
