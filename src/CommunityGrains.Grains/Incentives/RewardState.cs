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

    /// <summary>Completed redemptions, kept for the retry window so a retry returns the same code.</summary>
    [Id(8)] public Dictionary<string, StoredRedemption> Confirmed { get; set; } = [];
}

[GenerateSerializer]
public sealed record StoredRedemption(
    [property: Id(0)] string MemberId,
    [property: Id(1)] int Cost,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string Code);
