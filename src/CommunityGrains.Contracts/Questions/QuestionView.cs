namespace CommunityGrains.Contracts.Questions;

/// <summary>Never carries the author of an anonymous question, whoever asks.</summary>
[GenerateSerializer, Immutable]
public sealed record QuestionView
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string EventId { get; init; }
    [Id(2)] public required string Body { get; init; }
    [Id(3)] public string? AuthorId { get; init; }
    [Id(4)] public required int Upvotes { get; init; }
    [Id(5)] public string? Answer { get; init; }
    [Id(6)] public required DateTimeOffset AskedAt { get; init; }
}
