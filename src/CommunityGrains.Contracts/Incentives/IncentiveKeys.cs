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

    public static string StarsOfTheYear(string communityId, int year) => GrainKeys.Of(communityId, "stars-year", Year(year));

    public static string AnnualBoardShard(string communityId, StarCategory category, int year, uint shard) =>
        GrainKeys.Of(communityId, "annual", $"{CategoryName(category)}/{Year(year)}/{shard.ToString(System.Globalization.CultureInfo.InvariantCulture)}");

    public static string Year(int year) => year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>As the API spells it: CO_CREATOR.</summary>
    public static string CategoryName(StarCategory category) => category switch
    {
        StarCategory.CoCreator => "CO_CREATOR",
        _ => category.ToString().ToUpperInvariant(),
    };
}
