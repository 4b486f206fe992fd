namespace CommunityGrains.Contracts.Polls;

[GenerateSerializer, Immutable]
public sealed record PollOptionView
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Label { get; init; }
    [Id(2)] public required int Votes { get; init; }
    [Id(3)] public string? FeedbackId { get; init; }
    [Id(4)] public string? ProposalId { get; init; }
}
