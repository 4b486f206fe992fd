namespace CommunityGrains.Contracts.Incentives;

/// <summary>Key: community/rewards. Which rewards exist; each reward grain keeps its own stock.</summary>
public interface IRewardIndexGrain : IGrainWithStringKey
{
    public const int MaxRewards = 500;

    /// <summary>Registering twice is harmless.</summary>
    Task Register(string rewardId);

    /// <summary>Makes the reward the helpers' voucher, first unmarking the one that was (one reward at most).</summary>
    Task MarkVoucher(string rewardId);

    /// <summary>Forgets the voucher reward if it is this one.</summary>
    Task UnmarkVoucher(string rewardId);

    /// <summary>The reward marked as the helpers' service voucher, if any.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<string?> VoucherReward();

    /// <summary>Every reward with its current stock, in the order they were added.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<RewardView>> All();
}
