namespace CommunityGrains.Contracts.Incentives;

[GenerateSerializer, Immutable]
public sealed record RedemptionView(
    [property: Id(0)] string Id,
    [property: Id(1)] RewardView Reward,
    [property: Id(2)] int Cost,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string Code,
    [property: Id(5)] DateTimeOffset? FulfilledAt = null);
