namespace CommunityGrains.Contracts.StudyGroups;

/// <param name="GroupStreak">Days in a row, ending today or yesterday, on which every member checked in.</param>
/// <param name="MemberNames">Display names the group knows of its members and mentor; a member missing here is read from its own grain.</param>
/// <param name="Today">The community's date when the view was made.</param>
/// <param name="TodayCheckIns">The check-ins of <paramref name="Today"/>, so the usual read of a group is one call.</param>
[GenerateSerializer, Immutable]
public sealed record StudyGroupView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Goal,
    [property: Id(3)] int Capacity,
    [property: Id(4)] string? MentorId,
    [property: Id(5)] IReadOnlyList<string> MemberIds,
    [property: Id(6)] DateTimeOffset CreatedAt,
    [property: Id(7)] int GroupStreak,
    [property: Id(8)] IReadOnlyList<MemberStreakView> MemberStreaks,
    [property: Id(9)] IReadOnlyDictionary<string, string> MemberNames,
    [property: Id(10)] DateOnly Today,
    [property: Id(11)] IReadOnlyList<CheckInView> TodayCheckIns);

/// <param name="Current">Consecutive days ending today or yesterday.</param>
[GenerateSerializer, Immutable]
public sealed record MemberStreakView(
    [property: Id(0)] string MemberId,
    [property: Id(1)] int Current,
    [property: Id(2)] int Longest,
    [property: Id(3)] DateOnly? LastCheckIn,
    [property: Id(4)] bool Certified);
