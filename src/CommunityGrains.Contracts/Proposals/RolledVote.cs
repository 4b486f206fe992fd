using CommunityGrains.Domain.Proposals;

namespace CommunityGrains.Contracts.Proposals;

/// <param name="Awarded">The voter's VOTE points were acknowledged; until then the ballot box re-sends the award (deduped by key).</param>
[GenerateSerializer, Immutable]
public sealed record RolledVote(
    [property: Id(0)] VoteChoice Choice,
    [property: Id(1)] bool Awarded);
