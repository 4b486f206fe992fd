using CommunityGrains.Contracts.Common;
using CommunityGrains.Domain.Incentives;

namespace CommunityGrains.Contracts.Members;

/// <summary>Key: community/member (the member grain). Spending points, and what leaderboards ask of a member.</summary>
public interface IMemberIncentivesGrain : IGrainWithStringKey
{
    /// <summary>
    /// Takes points from the balance once per key (a negative ledger entry); lifetime points, and so the tier,
    /// never change. Refuses with INSUFFICIENT_POINTS, and with CONFLICT once the key was settled as not debited.
    /// </summary>
    Task<AwardResult> Debit(PointDebit debit);

    /// <summary>
    /// MODERATOR: adds or takes points (an ADJUSTMENT) once per <see cref="AdjustPoints.Id"/>; the member is told.
    /// A repeated id returns the member without a second change.
    /// </summary>
    Task<MemberView> Adjust(Actor actor, AdjustPoints adjustment);

    /// <summary>
    /// Whether the debit with this key happened. If not, the key is closed: a late debit with it is refused,
    /// so the caller may safely give the reserved stock back.
    /// </summary>
    Task<bool> SettleDebit(string key);

    /// <summary>The member's score in a category for a recent month (this month or the last).</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<double> MonthlyScoreOf(string month, StarCategory category);
}
