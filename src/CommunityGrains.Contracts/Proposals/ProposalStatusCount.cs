using CommunityGrains.Domain.Proposals;

namespace CommunityGrains.Contracts.Proposals;

[GenerateSerializer, Immutable]
public sealed record ProposalStatusCount(
    [property: Id(0)] ProposalStatus Status,
    [property: Id(1)] int Count);
