namespace CommunityGrains.Contracts.Proposals;

/// <summary>
/// A ballot box's durable counts. <see cref="Version"/> rises with every change, so a proposal that hears about
/// its box out of order keeps the newest counts.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record BallotTally(
    [property: Id(0)] int For,
    [property: Id(1)] int Against,
    [property: Id(2)] int Abstain,
    [property: Id(3)] long Version);
