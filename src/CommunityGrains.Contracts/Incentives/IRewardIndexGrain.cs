namespace CommunityGrains.Contracts.Incentives;

/// <summary>Key: community/rewards. Which rewards exist; each reward grain keeps its own stock.</summary>
public interface IRewardIndexGrain : IGrainWithStringKey
{
    public const int MaxRewards = 500;

    /// <summary>Registering twice is harmless.</summary>
    Task Register(string rewardId);

    /// <summary>Every reward with its current stock, in the order they were added.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<RewardView>> All();
}
