namespace CommunityGrains.Contracts.Proposals;

/// <summary>How many vote changes a ballot box applied and how many storage writes it took: group commit at work.</summary>
[GenerateSerializer, Immutable]
public sealed record BallotStats(
    [property: Id(0)] long Changes,
    [property: Id(1)] long Writes);
