namespace CommunityGrains.Contracts.Trends;

/// <summary>One member's activity on one community day, as absolute counts: a repeated report is harmless.</summary>
[GenerateSerializer, Immutable]
public sealed record MemberDay
{
    [Id(0)] public required string MemberId { get; init; }
    [Id(1)] public required DateOnly Day { get; init; }
    [Id(2)] public required bool Joined { get; init; }
    [Id(3)] public required int CheckIns { get; init; }
    [Id(4)] public required int Votes { get; init; }
    [Id(5)] public required int FeedbackSubmitted { get; init; }
    [Id(6)] public required int HelpsCompleted { get; init; }
    // [Id(7)] held the member's DISCUSSION awards; comments are counted by id in the day bucket now. Never reuse it.
    [Id(8)] public required int PointsEarned { get; init; }

    public static MemberDay Empty(string memberId, DateOnly day) => new()
    {
        MemberId = memberId,
        Day = day,
        Joined = false,
        CheckIns = 0,
        Votes = 0,
        FeedbackSubmitted = 0,
        HelpsCompleted = 0,
        PointsEarned = 0,
    };
}
