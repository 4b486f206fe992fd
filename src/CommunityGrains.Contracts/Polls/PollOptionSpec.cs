namespace CommunityGrains.Contracts.Polls;

/// <summary>Exactly one of the three: a plain label, or the feedback item or proposal the option stands for.</summary>
[GenerateSerializer, Immutable]
public sealed record PollOptionSpec
{
    [Id(0)] public string? Label { get; init; }
    [Id(1)] public string? FeedbackId { get; init; }
    [Id(2)] public string? ProposalId { get; init; }
}
