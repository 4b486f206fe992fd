using CommunityGrains.Domain.Proposals;

namespace CommunityGrains.Contracts.Proposals;

[GenerateSerializer, Immutable]
public sealed record ProposalView
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Title { get; init; }
    [Id(2)] public required string Body { get; init; }
    [Id(3)] public required IReadOnlyList<string> Tags { get; init; }
    [Id(4)] public required double? Budget { get; init; }
    [Id(5)] public required string AuthorId { get; init; }

    /// <summary>The effective status: a voting window past its closing time reads as REVIEW.</summary>
    [Id(6)] public required ProposalStatus Status { get; init; }

    [Id(7)] public required DateTimeOffset CreatedAt { get; init; }
    [Id(8)] public required DateTimeOffset? SubmittedAt { get; init; }
    [Id(9)] public required IReadOnlyList<ScreeningScoreView> Screening { get; init; }
    [Id(10)] public required double? Feasibility { get; init; }
    [Id(11)] public required double? Innovation { get; init; }
    [Id(12)] public required double? Value { get; init; }
    [Id(13)] public required DateTimeOffset? VotingOpensAt { get; init; }
    [Id(14)] public required DateTimeOffset? VotingClosesAt { get; init; }
    [Id(15)] public required TallyView Tally { get; init; }
    [Id(16)] public required ProposalDecision? Decision { get; init; }
    [Id(17)] public required string? DecisionReason { get; init; }
    [Id(18)] public required IReadOnlyList<ProposalEventView> Timeline { get; init; }
}
