using CommunityGrains.Domain.Proposals;

namespace CommunityGrains.Contracts.Proposals;

/// <param name="Status">The effective status: a voting window past its closing time reads as REVIEW.</param>
[GenerateSerializer, Immutable]
public sealed record ProposalView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] string Body,
    [property: Id(3)] IReadOnlyList<string> Tags,
    [property: Id(4)] double? Budget,
    [property: Id(5)] string AuthorId,
    [property: Id(6)] ProposalStatus Status,
    [property: Id(7)] DateTimeOffset CreatedAt,
    [property: Id(8)] DateTimeOffset? SubmittedAt,
    [property: Id(9)] IReadOnlyList<ScreeningScoreView> Screening,
    [property: Id(10)] double? Feasibility,
    [property: Id(11)] double? Innovation,
    [property: Id(12)] double? Value,
    [property: Id(13)] DateTimeOffset? VotingOpensAt,
    [property: Id(14)] DateTimeOffset? VotingClosesAt,
    [property: Id(15)] TallyView Tally,
    [property: Id(16)] ProposalDecision? Decision,
    [property: Id(17)] string? DecisionReason,
    [property: Id(18)] IReadOnlyList<ProposalEventView> Timeline);
