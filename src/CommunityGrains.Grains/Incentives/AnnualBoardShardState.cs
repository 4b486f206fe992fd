namespace CommunityGrains.Grains.Incentives;

[GenerateSerializer]
public sealed class AnnualBoardShardState
{
    /// <summary>Every member of the shard with a positive total this year.</summary>
    [Id(0)] public Dictionary<string, StoredScore> Scores { get; set; } = [];
}
