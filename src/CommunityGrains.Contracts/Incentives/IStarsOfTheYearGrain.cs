using CommunityGrains.Contracts.Common;
using CommunityGrains.Domain.Incentives;

namespace CommunityGrains.Contracts.Incentives;

/// <summary>Key: community/stars-year/yyyy. At most one star per category of a year, chosen after the year ended.</summary>
public interface IStarsOfTheYearGrain : IGrainWithStringKey
{
    /// <summary>The member, or the annual board's first when null. Choosing again returns the star; another member is a CONFLICT.</summary>
    Task<StarAwardView> Select(Actor actor, StarCategory category, string? memberId);
}
