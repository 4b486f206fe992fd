using CommunityGrains.Domain.Proposals;

namespace CommunityGrains.Contracts.Proposals;

/// <param name="ClosesAt">The proposal's closing time: the ballot box refuses the vote from then on, even before closeVoting.</param>
[GenerateSerializer, Immutable]
public sealed record BallotVote(
    [property: Id(0)] string VoterId,
    [property: Id(1)] VoteChoice Choice,
    [property: Id(2)] DateTimeOffset ClosesAt);
