using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Contracts.Members;

/// <summary>Key: community/member (the member grain). The segment a moderator grants, and a member's rights over their data.</summary>
public interface IMemberAccountGrain : IGrainWithStringKey
{
    /// <summary>MODERATOR: grants the EXPERT segment, or withdraws the grant (the top 5 % rule still applies).</summary>
    Task<MemberView> SetExpert(Actor actor, bool expert);

    /// <summary>
    /// The member leaves for good: anonymised profile, points, badges, ledger and leaderboard entries removed; their
    /// content stays under "Former member". A repeat completes what a crash left and answers the same.
    /// </summary>
    Task Leave(Actor actor);

    /// <summary>
    /// Everything this grain and the grains it knows of hold about the caller, as one JSON document. Interleaves with
    /// everything: it reads items of other grains, and those call this member grain while they change (resolving a
    /// feedback item scores its author); holding this grain's turn meanwhile left both waiting for the call timeout.
    /// It only reads, so a change made between two of its reads may or may not be in the document.
    /// </summary>
    [Orleans.Concurrency.ReadOnly]
    [Orleans.Concurrency.AlwaysInterleave]
    Task<string> ExportData(Actor actor);
}
