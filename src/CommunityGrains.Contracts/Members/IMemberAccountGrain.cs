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

    /// <summary>Everything this grain and the grains it knows of hold about the caller, as one JSON document.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<string> ExportData(Actor actor);
}
