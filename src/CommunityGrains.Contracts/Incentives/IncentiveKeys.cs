using CommunityGrains.Contracts.Common;
using CommunityGrains.Domain.Incentives;

namespace CommunityGrains.Contracts.Incentives;

public static class IncentiveKeys
{
    public static string BadgeCatalog(string communityId) => GrainKeys.Of(communityId, "badges");

    public static string RewardIndex(string communityId) => GrainKeys.Of(communityId, "rewards");

    public static string Leaderboard(string communityId, StarCategory category, string month) =>
        GrainKeys.Of(communityId, CategoryName(category), month);

    public static string Stars(string communityId, string month) => GrainKeys.Of(communityId, "stars", month);

    /// <summary>As the API spells it: CO_CREATOR.</summary>
    public static string CategoryName(StarCategory category) => category switch
    {
        StarCategory.CoCreator => "CO_CREATOR",
        _ => category.ToString().ToUpperInvariant(),
    };
}
