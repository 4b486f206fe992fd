namespace CommunityGrains.Contracts.Trends;

/// <summary>
/// The sums of a set of <see cref="MemberDay"/>s, and the counts of the items (comments, resolutions) recorded by id:
/// what a day bucket shard reports, so a read never lists members.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DayTotals
{
    public static readonly DayTotals Zero = new();

    [Id(0)] public int ActiveMembers { get; init; }
    [Id(1)] public int NewMembers { get; init; }
    [Id(2)] public int CheckIns { get; init; }
    [Id(3)] public int Votes { get; init; }
    [Id(4)] public int FeedbackSubmitted { get; init; }
    [Id(5)] public int HelpsCompleted { get; init; }
    [Id(6)] public int Comments { get; init; }
    [Id(7)] public long PointsEarned { get; init; }
    [Id(8)] public int FeedbackResolved { get; init; }

    /// <summary>These totals with one member's day replaced: <paramref name="before"/> (null when they were not counted yet) out, <paramref name="after"/> in.</summary>
    public DayTotals Replacing(MemberDay? before, MemberDay after) => Plus(after, 1).Plus(before, -1);

    public DayTotals Plus(DayTotals other) => new()
    {
        ActiveMembers = ActiveMembers + other.ActiveMembers,
        NewMembers = NewMembers + other.NewMembers,
        CheckIns = CheckIns + other.CheckIns,
        Votes = Votes + other.Votes,
        FeedbackSubmitted = FeedbackSubmitted + other.FeedbackSubmitted,
        HelpsCompleted = HelpsCompleted + other.HelpsCompleted,
        Comments = Comments + other.Comments,
        PointsEarned = PointsEarned + other.PointsEarned,
        FeedbackResolved = FeedbackResolved + other.FeedbackResolved,
    };

    private DayTotals Plus(MemberDay? day, int sign) => day is null ? this : new()
    {
        ActiveMembers = ActiveMembers + sign,
        NewMembers = NewMembers + (day.Joined ? sign : 0),
        CheckIns = CheckIns + (sign * day.CheckIns),
        Votes = Votes + (sign * day.Votes),
        FeedbackSubmitted = FeedbackSubmitted + (sign * day.FeedbackSubmitted),
        HelpsCompleted = HelpsCompleted + (sign * day.HelpsCompleted),
        PointsEarned = PointsEarned + (sign * (long)day.PointsEarned),
    };
}
