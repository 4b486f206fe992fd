using CommunityGrains.Domain.Discussion;
using CommunityGrains.Domain.Notifications;

namespace CommunityGrains.Grains.Notifications;

[GenerateSerializer]
public sealed record StoredNotification
{
    [Id(0)] public required long Sequence { get; init; }
    [Id(1)] public required string Key { get; init; }
    [Id(2)] public required NotificationKind Kind { get; init; }
    [Id(3)] public required string Text { get; init; }
    [Id(4)] public ThreadSubject? Subject { get; init; }
    [Id(5)] public string? SubjectId { get; init; }
    [Id(6)] public required DateTimeOffset At { get; init; }
    [Id(7)] public bool Read { get; init; }
}
