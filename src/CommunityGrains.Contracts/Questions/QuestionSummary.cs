namespace CommunityGrains.Contracts.Questions;

/// <summary>What an event's question board needs to order questions; the version drops stale updates.</summary>
[GenerateSerializer, Immutable]
public sealed record QuestionSummary
{
    [Id(0)] public required string QuestionId { get; init; }
    [Id(1)] public required int Upvotes { get; init; }
    [Id(2)] public required DateTimeOffset AskedAt { get; init; }
    [Id(3)] public required long Version { get; init; }
}
