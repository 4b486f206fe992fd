namespace CommunityGrains.Grains.Members;

/// <param name="ReachedAt">When the score last rose: leaderboards rank ties by who got there first.</param>
[GenerateSerializer]
public sealed record MonthlyScore([property: Id(0)] double Score, [property: Id(1)] DateTimeOffset ReachedAt);
