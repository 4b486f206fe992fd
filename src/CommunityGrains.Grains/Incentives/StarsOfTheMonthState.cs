using CommunityGrains.Domain.Incentives;

namespace CommunityGrains.Grains.Incentives;

[GenerateSerializer]
public sealed class StarsOfTheMonthState
{
    [Id(0)] public Dictionary<StarCategory, StoredStar> Stars { get; set; } = [];
}

/// <param name="EffectsSent">False until the badge and the points are known to be applied; a retry re-sends them.</param>
[GenerateSerializer]
public sealed record StoredStar(
    [property: Id(0)] string MemberId,
    [property: Id(1)] double Score,
    [property: Id(2)] string? Citation,
    [property: Id(3)] string SelectedBy,
    [property: Id(4)] DateTimeOffset SelectedAt,
    [property: Id(5)] bool EffectsSent);
