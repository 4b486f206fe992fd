namespace CommunityGrains.Contracts.Discussion;

[GenerateSerializer, Immutable]
public sealed record CommentPlace
{
    [Id(0)] public required SubjectRef Thread { get; init; }
    [Id(1)] public required string AuthorId { get; init; }
    [Id(2)] public required bool IsReply { get; init; }
}
