namespace CommunityGrains.Contracts.Incentives;

[GenerateSerializer, Immutable]
public sealed record AddReward(
    [property: Id(0)] string Name,
    [property: Id(1)] int Cost,
    [property: Id(2)] int Stock,
    [property: Id(3)] string? MinTier);
