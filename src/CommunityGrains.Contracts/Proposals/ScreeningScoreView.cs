namespace CommunityGrains.Contracts.Proposals;

[GenerateSerializer, Immutable]
public sealed record ScreeningScoreView(
    [property: Id(0)] string ReviewerId,
    [property: Id(1)] int Feasibility,
    [property: Id(2)] int Innovation,
    [property: Id(3)] int Value,
    [property: Id(4)] string? Comment,
    [property: Id(5)] DateTimeOffset At);
