namespace CommunityGrains.Contracts.StudyGroups;

[GenerateSerializer, Immutable]
public sealed record CheckInView(
    [property: Id(0)] string Id,
    [property: Id(1)] string GroupId,
    [property: Id(2)] string MemberId,
    [property: Id(3)] DateOnly Date,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] string? Note,
    [property: Id(6)] bool Highlighted,
    [property: Id(7)] IReadOnlyList<PeerReviewView> Reviews);

[GenerateSerializer, Immutable]
public sealed record PeerReviewView(
    [property: Id(0)] string ReviewerId,
    [property: Id(1)] int Rating,
    [property: Id(2)] string? Comment,
    [property: Id(3)] DateTimeOffset At);
