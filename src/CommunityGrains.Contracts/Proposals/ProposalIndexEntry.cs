using CommunityGrains.Domain.Proposals;

namespace CommunityGrains.Contracts.Proposals;

/// <param name="VotingClosesAt">Kept so the index applies the voting deadline itself when it filters and counts.</param>
[GenerateSerializer, Immutable]
public sealed record ProposalIndexEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] ProposalStatus Status,
    [property: Id(3)] string AuthorId,
    [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] DateTimeOffset? VotingClosesAt);
