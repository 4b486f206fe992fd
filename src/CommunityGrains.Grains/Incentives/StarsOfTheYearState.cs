using CommunityGrains.Domain.Incentives;

namespace CommunityGrains.Grains.Incentives;

[GenerateSerializer]
public sealed class StarsOfTheYearState
{
    [Id(0)] public Dictionary<StarCategory, StoredStar> Stars { get; set; } = [];
}
