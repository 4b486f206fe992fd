using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Contracts.Members;

/// <summary>Key: community/member. The profile and the ledger of record for the member's points and badges.</summary>
public interface IMemberGrain : IGrainWithStringKey
{
    Task<MemberView> Join(Actor actor, JoinCommunity join);

    Task<MemberView> UpdateProfile(Actor actor, UpdateProfile change);

    /// <summary>Null until the member has joined.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<MemberView?> Get();

    /// <summary>
    /// The profile others see beside the member's content: as <see cref="Get"/>, and for a member who left the
    /// anonymised profile ("Former member"), so what they wrote keeps an author without their name.
    /// </summary>
    [Orleans.Concurrency.ReadOnly]
    Task<MemberView?> Card();

    /// <summary>Refuses with NOT_FOUND (or FORBIDDEN for the caller themself) unless the member has joined.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<MemberView> GetJoined();

    /// <summary>Applies an award once per <see cref="PointAward.Key"/>; a repeated key returns the first result.</summary>
    Task<AwardResult> Award(PointAward award);

    /// <summary>Keeps an award to credit at the end of its day (see <see cref="HeldAward"/>); a repeated key is ignored.</summary>
    Task Hold(HeldAward held);

    /// <summary>Grants a badge once per <see cref="BadgeGrant.Key"/>.</summary>
    Task<bool> GrantBadge(BadgeGrant grant);

    /// <summary>Adds to the member's monthly score in a star category once per <see cref="ScoreEvent.Key"/>.</summary>
    Task AddMonthlyScore(ScoreEvent score);

    [Orleans.Concurrency.ReadOnly]
    Task<Page<PointsEntryView>> PointsHistory(int first, long? beforeSequence);
}
