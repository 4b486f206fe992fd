namespace CommunityGrains.Contracts.Incentives;

[GenerateSerializer, Immutable]
public sealed record LeaderboardEntryView(
    [property: Id(0)] int Rank,
    [property: Id(1)] string MemberId,
    [property: Id(2)] double Score);
