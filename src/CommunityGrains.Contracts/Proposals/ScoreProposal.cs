namespace CommunityGrains.Contracts.Proposals;

[GenerateSerializer, Immutable]
public sealed record ScoreProposal(
    [property: Id(0)] int Feasibility,
    [property: Id(1)] int Innovation,
    [property: Id(2)] int Value,
    [property: Id(3)] string? Comment);
