namespace CommunityGrains.Grains.StudyGroups;

[GenerateSerializer]
public sealed class StudyGroupWeekShardState
{
    /// <summary>By group id: only groups with a check-in or review on a day of the week.</summary>
    [Id(0)] public Dictionary<string, GroupWeekEntry> Groups { get; set; } = [];
}

[GenerateSerializer]
public sealed class GroupWeekEntry
{
    /// <summary>Per day, Monday first.</summary>
    [Id(0)] public int[] CheckIns { get; set; } = new int[7];

    /// <summary>Per day, Monday first: reviews of that day's check-ins.</summary>
    [Id(1)] public int[] Reviews { get; set; } = new int[7];

    [Id(2)] public int Members { get; set; }
    [Id(3)] public DateTimeOffset ReachedAt { get; set; }
}
