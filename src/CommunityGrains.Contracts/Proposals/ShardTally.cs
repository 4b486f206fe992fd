namespace CommunityGrains.Contracts.Proposals;

/// <summary>
/// One ballot shard's counts. <see cref="Version"/> rises with every change, so a proposal that hears about a
/// shard out of order keeps the newest counts.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ShardTally(
    [property: Id(0)] int Shard,
    [property: Id(1)] int For,
    [property: Id(2)] int Against,
    [property: Id(3)] int Abstain,
    [property: Id(4)] long Version);
