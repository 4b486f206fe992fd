namespace CommunityGrains.Contracts.Incentives;

/// <param name="Stock">What is left, reservations in flight already taken off; never negative.</param>
[GenerateSerializer, Immutable]
public sealed record RewardView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] int Cost,
    [property: Id(3)] int Stock,
    [property: Id(4)] string? MinTier,
    [property: Id(5)] bool Retired = false,
    [property: Id(6)] bool VoucherForHelps = false);
