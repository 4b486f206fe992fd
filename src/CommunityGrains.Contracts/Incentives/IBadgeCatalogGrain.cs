using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Members;

namespace CommunityGrains.Contracts.Incentives;

/// <summary>Key: community/badges. The badges a community defined itself, beside the automatic ones.</summary>
public interface IBadgeCatalogGrain : IGrainWithStringKey
{
    /// <summary>Defining the same badge again is a retry; another name or description for the id is a CONFLICT.</summary>
    Task<BadgeView> Define(Actor actor, string id, string name, string description);

    /// <summary>Automatic badges first, then the defined ones in the order they were defined.</summary>
    [Orleans.Concurrency.ReadOnly, Orleans.Concurrency.AlwaysInterleave]
    Task<IReadOnlyList<BadgeView>> All();

    [Orleans.Concurrency.ReadOnly, Orleans.Concurrency.AlwaysInterleave]
    Task<BadgeView?> Find(string badgeId);

    /// <summary>A moderator awards a defined badge; once per member and badge, so a retry changes nothing.</summary>
    Task<MemberView> Award(Actor actor, string memberId, string badgeId, string reason);
}
