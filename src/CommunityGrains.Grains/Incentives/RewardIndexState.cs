namespace CommunityGrains.Grains.Incentives;

[GenerateSerializer]
public sealed class RewardIndexState
{
    /// <summary>In the order they were added.</summary>
    [Id(0)] public List<string> RewardIds { get; set; } = [];

    /// <summary>The reward given as the helpers' service voucher; null when none is marked.</summary>
    [Id(1)] public string? VoucherRewardId { get; set; }
}
