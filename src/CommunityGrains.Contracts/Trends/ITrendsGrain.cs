using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Contracts.Trends;

/// <summary>Key: community (stateless worker). Sums the day buckets of a period.</summary>
public interface ITrendsGrain : IGrainWithStringKey
{
    /// <summary>MODERATOR; the last 30 days (today included, in the community's time zone) when both are omitted.</summary>
    Task<IReadOnlyList<DayActivityView>> Days(Actor actor, DateOnly? from, DateOnly? to);
}
