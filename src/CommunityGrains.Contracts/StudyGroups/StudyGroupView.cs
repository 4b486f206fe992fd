namespace CommunityGrains.Contracts.StudyGroups;

[GenerateSerializer, Immutable]
public sealed record StudyGroupView
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Name { get; init; }
    [Id(2)] public required string Goal { get; init; }
    [Id(3)] public required int Capacity { get; init; }
    [Id(4)] public required string? MentorId { get; init; }
    [Id(5)] public required IReadOnlyList<string> MemberIds { get; init; }
    [Id(6)] public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Days in a row, ending today or yesterday, on which every member checked in.</summary>
    [Id(7)] public required int GroupStreak { get; init; }

    [Id(8)] public required IReadOnlyList<MemberStreakView> MemberStreaks { get; init; }

    /// <summary>Display names the group knows of its members and mentor; a member missing here is read from its own grain.</summary>
    [Id(9)] public required IReadOnlyDictionary<string, string> MemberNames { get; init; }

    /// <summary>The community's date when the view was made.</summary>
    [Id(10)] public required DateOnly Today { get; init; }

    /// <summary>The check-ins of <see cref="Today"/>, so the usual read of a group is one call.</summary>
    [Id(11)] public required IReadOnlyList<CheckInView> TodayCheckIns { get; init; }

    /// <summary>Lower case, without repeats.</summary>
    [Id(12)] public required IReadOnlyList<string> Tags { get; init; }
}

/// <param name="Current">Consecutive days ending today or yesterday.</param>
[GenerateSerializer, Immutable]
public sealed record MemberStreakView(
    [property: Id(0)] string MemberId,
    [property: Id(1)] int Current,
    [property: Id(2)] int Longest,
    [property: Id(3)] DateOnly? LastCheckIn,
    [property: Id(4)] bool Certified);
