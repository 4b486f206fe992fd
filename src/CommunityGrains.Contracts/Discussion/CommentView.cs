namespace CommunityGrains.Contracts.Discussion;

/// <summary>A comment as one reader sees it: a hidden comment's body is empty except for its author and moderators.</summary>
[GenerateSerializer, Immutable]
public sealed record CommentView
{
    /// <summary>The kind of the thread's paging cursors (a comment's sequence number in its thread).</summary>
    public const string CursorKind = "comment";

    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required SubjectRef Thread { get; init; }
    [Id(2)] public required string AuthorId { get; init; }
    [Id(3)] public required string Body { get; init; }
    [Id(4)] public required IReadOnlyList<string> MentionIds { get; init; }
    [Id(5)] public string? ReplyToId { get; init; }
    [Id(6)] public required DateTimeOffset CreatedAt { get; init; }
    [Id(7)] public DateTimeOffset? EditedAt { get; init; }
    [Id(8)] public required bool Hidden { get; init; }
    [Id(9)] public required IReadOnlyList<ReactionCountView> Reactions { get; init; }
}
