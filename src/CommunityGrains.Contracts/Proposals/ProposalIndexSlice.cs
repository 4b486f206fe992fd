namespace CommunityGrains.Contracts.Proposals;

/// <param name="Matching">All entries of the shard that match the filter, not only those returned.</param>
[GenerateSerializer, Immutable]
public sealed record ProposalIndexSlice(
    [property: Id(0)] IReadOnlyList<ProposalIndexEntry> Entries,
    [property: Id(1)] int Matching);
