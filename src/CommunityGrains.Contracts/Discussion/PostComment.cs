namespace CommunityGrains.Contracts.Discussion;

[GenerateSerializer, Immutable]
public sealed record PostComment
{
    [Id(0)] public required SubjectRef Thread { get; init; }
    [Id(1)] public required string Body { get; init; }
    [Id(2)] public string? ReplyToId { get; init; }
}
