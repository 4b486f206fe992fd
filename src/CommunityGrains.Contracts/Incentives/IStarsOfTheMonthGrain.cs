using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Contracts.Incentives;

/// <summary>Key: community/stars/yyyy-MM. The stars of one month, at most one per category.</summary>
public interface IStarsOfTheMonthGrain : IGrainWithStringKey
{
    /// <summary>
    /// Only after the month has ended. A second star in a category is a CONFLICT; the same request again returns
    /// the first award and re-sends its badge and points (receivers ignore applied keys).
    /// </summary>
    Task<StarAwardView> Select(Actor actor, SelectStar star);

    [Orleans.Concurrency.ReadOnly, Orleans.Concurrency.AlwaysInterleave]
    Task<IReadOnlyList<StarAwardView>> All();
}
