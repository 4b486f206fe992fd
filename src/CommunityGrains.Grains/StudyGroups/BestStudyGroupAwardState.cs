namespace CommunityGrains.Grains.StudyGroups;

[GenerateSerializer]
public sealed class BestStudyGroupAwardState
{
    /// <summary>Null until awarded; never changes after.</summary>
    [Id(0)] public StoredGroupAward? Award { get; set; }

    /// <summary>Set once every recipient holds the badge; until then every call grants again (the member ignores a repeat).</summary>
    [Id(1)] public bool BadgesGranted { get; set; }
}

/// <param name="Recipients">The group's members when it was awarded: fixed, so a retry grants the same badges.</param>
[GenerateSerializer]
public sealed record StoredGroupAward(
    [property: Id(0)] string GroupId,
    [property: Id(1)] string GroupName,
    [property: Id(2)] int CheckIns,
    [property: Id(3)] int Members,
    [property: Id(4)] int Reviews,
    [property: Id(5)] DateTimeOffset ReachedAt,
    [property: Id(6)] DateTimeOffset AwardedAt,
    [property: Id(7)] string AwardedBy,
    [property: Id(8)] IReadOnlyList<string> Recipients);
