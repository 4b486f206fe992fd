namespace CommunityGrains.Contracts.Questions;

[GenerateSerializer, Immutable]
public sealed record AskQuestion
{
    [Id(0)] public required string EventId { get; init; }
    [Id(1)] public required string Body { get; init; }
    [Id(2)] public bool Anonymous { get; init; }
}
