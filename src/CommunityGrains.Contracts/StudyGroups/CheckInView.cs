namespace CommunityGrains.Contracts.StudyGroups;

[GenerateSerializer, Immutable]
public sealed record CheckInView
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string GroupId { get; init; }
    [Id(2)] public required string MemberId { get; init; }
    [Id(3)] public required DateOnly Date { get; init; }
    [Id(4)] public required DateTimeOffset At { get; init; }
    [Id(5)] public required string? Note { get; init; }
    [Id(6)] public required bool Highlighted { get; init; }
    [Id(7)] public required IReadOnlyList<PeerReviewView> Reviews { get; init; }
}

[GenerateSerializer, Immutable]
public sealed record PeerReviewView(
    [property: Id(0)] string ReviewerId,
    [property: Id(1)] int Rating,
    [property: Id(2)] string? Comment,
    [property: Id(3)] DateTimeOffset At);
