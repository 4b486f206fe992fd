using CommunityGrains.Domain.Incentives;

namespace CommunityGrains.Contracts.Incentives;

/// <summary>Key: community (stateless worker). Reads the annual board by merging its shards.</summary>
public interface IAnnualBoardGrain : IGrainWithStringKey
{
    Task<IReadOnlyList<LeaderboardEntryView>> Top(StarCategory category, int year, int first);

    Task<double?> ScoreOf(StarCategory category, int year, string memberId);
}
