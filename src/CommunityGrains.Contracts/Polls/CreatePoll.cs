namespace CommunityGrains.Contracts.Polls;

[GenerateSerializer, Immutable]
public sealed record CreatePoll
{
    [Id(0)] public required string EventId { get; init; }
    [Id(1)] public required string Question { get; init; }
    [Id(2)] public required IReadOnlyList<PollOptionSpec> Options { get; init; }
}
