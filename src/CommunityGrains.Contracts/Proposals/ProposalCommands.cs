using CommunityGrains.Domain.Proposals;

namespace CommunityGrains.Contracts.Proposals;

[GenerateSerializer, Immutable]
public sealed record SaveProposalDraft(
    [property: Id(0)] string Title,
    [property: Id(1)] string Body,
    [property: Id(2)] IReadOnlyList<string>? Tags,
    [property: Id(3)] double? Budget);

[GenerateSerializer, Immutable]
public sealed record ScoreProposal(
    [property: Id(0)] int Feasibility,
    [property: Id(1)] int Innovation,
    [property: Id(2)] int Value,
    [property: Id(3)] string? Comment);

/// <param name="ClosesAt">The proposal's closing time: the shard refuses the vote from then on, even before closeVoting.</param>
[GenerateSerializer, Immutable]
public sealed record BallotVote(
    [property: Id(0)] string VoterId,
    [property: Id(1)] VoteChoice Choice,
    [property: Id(2)] DateTimeOffset ClosesAt);
