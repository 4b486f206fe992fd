namespace CommunityGrains.Contracts.Notifications;

[GenerateSerializer, Immutable]
public sealed record FanOutProgress
{
    [Id(0)] public required bool Started { get; init; }
    [Id(1)] public required bool Done { get; init; }
    [Id(2)] public required int Delivered { get; init; }
    [Id(3)] public DateTimeOffset? StartedAt { get; init; }
    [Id(4)] public DateTimeOffset? FinishedAt { get; init; }
}
