namespace CommunityGrains.Contracts.Members;

/// <summary>Key: community/member. The member's record as a helper; each call applies once per key.</summary>
public interface IMemberHelpGrain : IGrainWithStringKey
{
    /// <summary>Counts one completed help (key <c>help:{request}</c>); returns the member's completed helps.</summary>
    Task<int> RecordHelpCompleted(string key);

    /// <summary>Adds stars received as a helper to the mean <c>helperRating</c> (key <c>helper-rating:{request}</c>).</summary>
    Task RecordHelperRating(string key, int stars);

    /// <summary>Adds stars received as a requester to the mean <c>requesterRating</c> (key <c>requester-rating:{request}</c>).</summary>
    Task RecordRequesterRating(string key, int stars);

    /// <summary>Whether the member already holds the helpers' service voucher.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<bool> HasHelperVoucher();

    /// <summary>
    /// Records the service voucher once, for good: a REDEMPTION of 0 points in the ledger whose reason names the reward,
    /// the redemption and its code. A second voucher is ignored.
    /// </summary>
    Task RecordHelperVoucher(Incentives.RedemptionView voucher);

    /// <summary>Counts one OFFER posted (key <c>offer:{request}</c>); returns the member's offers posted.</summary>
    Task<int> RecordOfferPosted(string key);
}
