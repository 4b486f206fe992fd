namespace CommunityGrains.Contracts.Incentives;

/// <summary>Only the values given change.</summary>
/// <param name="Stock">How many are on hand, counting those redeemed and not yet handed over.</param>
[GenerateSerializer, Immutable]
public sealed record UpdateReward(
    [property: Id(0)] string? Name,
    [property: Id(1)] int? Cost,
    [property: Id(2)] int? Stock,
    [property: Id(3)] string? MinTier,
    [property: Id(4)] bool? Retired,
    [property: Id(5)] bool? VoucherForHelps = null);
