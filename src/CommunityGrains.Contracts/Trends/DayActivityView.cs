namespace CommunityGrains.Contracts.Trends;

[GenerateSerializer, Immutable]
public sealed record DayActivityView
{
    [Id(0)] public required DateOnly Day { get; init; }
    [Id(1)] public required int ActiveMembers { get; init; }
    [Id(2)] public required int NewMembers { get; init; }
    [Id(3)] public required int CheckIns { get; init; }
    [Id(4)] public required int Votes { get; init; }
    [Id(5)] public required int FeedbackSubmitted { get; init; }
    [Id(6)] public required int FeedbackResolved { get; init; }
    [Id(7)] public required int HelpsCompleted { get; init; }
    [Id(8)] public required int Comments { get; init; }
    [Id(9)] public required int PointsEarned { get; init; }
}
