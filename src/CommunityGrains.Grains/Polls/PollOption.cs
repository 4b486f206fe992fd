namespace CommunityGrains.Grains.Polls;

[GenerateSerializer, Immutable]
public sealed record PollOption
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Label { get; init; }
    [Id(2)] public string? FeedbackId { get; init; }
    [Id(3)] public string? ProposalId { get; init; }
}
