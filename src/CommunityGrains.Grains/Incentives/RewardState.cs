namespace CommunityGrains.Grains.Incentives;

[GenerateSerializer]
public sealed class RewardState
{
    [Id(0)] public bool Created { get; set; }
    [Id(1)] public string Name { get; set; } = "";
    [Id(2)] public int Cost { get; set; }

    /// <summary>Left to redeem: pending reservations are already taken off, so it never goes negative.</summary>
    [Id(3)] public int Stock { get; set; }

    [Id(4)] public string? MinTier { get; set; }
    [Id(5)] public string CreatedBy { get; set; } = "";
    [Id(6)] public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Stock taken, debit not yet known to have happened; by redemption id.</summary>
    [Id(7)] public Dictionary<string, StoredRedemption> Pending { get; set; } = [];

    /// <summary>
    /// Completed redemptions: kept until handed over (they are part of what is on hand, so bounded by the stock),
    /// then for the retry window so a retry returns the same code.
    /// </summary>
    [Id(8)] public Dictionary<string, StoredRedemption> Confirmed { get; set; } = [];

    /// <summary>No longer redeemable; still listed, and its redemptions can still be handed over.</summary>
    [Id(9)] public bool Retired { get; set; }

    /// <summary>Given as the helpers' service voucher; the reward index holds which reward that is (at most one).</summary>
    [Id(10)] public bool VoucherForHelps { get; set; }
}

[GenerateSerializer]
public sealed record StoredRedemption(
    [property: Id(0)] string MemberId,
    [property: Id(1)] int Cost,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string Code,
    [property: Id(4)] DateTimeOffset? FulfilledAt = null);
