using CommunityGrains.Domain.Discussion;
using CommunityGrains.Domain.Notifications;

namespace CommunityGrains.Contracts.Notifications;

[GenerateSerializer, Immutable]
public sealed record NotificationView
{
    /// <summary>The kind of the inbox's paging cursors (a notification's sequence number in the inbox).</summary>
    public const string CursorKind = "notification";

    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required NotificationKind Kind { get; init; }
    [Id(2)] public required string Text { get; init; }
    [Id(3)] public ThreadSubject? Subject { get; init; }
    [Id(4)] public string? SubjectId { get; init; }
    [Id(5)] public required DateTimeOffset At { get; init; }
    [Id(6)] public required bool Read { get; init; }
}
