using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Contracts.Incentives;

/// <summary>
/// Key: community/reward id. Holds the stock and coordinates redemptions: reserve stock (durable) → debit the
/// member (key <c>redeem:{reward}:{redemption}</c>) → confirm, or release when the member cannot pay.
/// A reservation left pending by a crash is settled on the next access once it is older than a timeout,
/// by asking the member whether the debit happened; the member then refuses that debit for good.
/// </summary>
public interface IRewardGrain : IGrainWithStringKey
{
    /// <summary>Adding the same reward again (same id, author and values) returns it; anything else is a CONFLICT.</summary>
    Task<RewardView> Add(Actor actor, AddReward reward);

    /// <summary>Null until added.</summary>
    Task<RewardView?> Get();

    /// <summary>Retrying with the same redemption id resumes from what was recorded: one debit, one decrement.</summary>
    Task<RedemptionView> Redeem(Actor actor, string redemptionId);

    /// <summary>Changes what is given; a retired reward can no longer be redeemed but its redemptions can still be handed over.</summary>
    Task<RewardView> Update(Actor actor, UpdateReward change);

    /// <summary>Marks a confirmed redemption handed over; doing it again returns it unchanged.</summary>
    Task<RedemptionView> Fulfil(Actor actor, string redemptionId);

    /// <summary>
    /// The helpers' service voucher: a redemption without a debit, taken from stock. Issued once per redemption id (a
    /// repeat returns it); null when this reward is not the voucher, is retired or out of stock.
    /// </summary>
    Task<RedemptionView?> IssueVoucher(string redemptionId, string memberId);

    /// <summary>Another reward became the voucher (called by the index).</summary>
    Task ReleaseVoucher();

    /// <summary>The first step of <see cref="Redeem"/> on its own: takes one from stock and records it pending.</summary>
    Task<RedemptionView> Reserve(string redemptionId, string memberId);
}
