namespace CommunityGrains.Contracts.StudyGroups;

/// <summary>
/// A group's absolute counts of one day of a week, as its week shard takes them: counts only rise, so a report sent
/// twice or late changes nothing it should not.
/// </summary>
/// <param name="DayIndex">0 for Monday .. 6 for Sunday.</param>
/// <param name="CheckIns">Check-ins of that day.</param>
/// <param name="Reviews">Peer reviews of that day's check-ins.</param>
/// <param name="Members">The group's members now, when the day is in the current week; 0 for a past week.</param>
/// <param name="At">When the counts were read; becomes the group's "reached at" when they rise.</param>
[GenerateSerializer, Immutable]
public sealed record GroupDayReport(
    [property: Id(0)] string GroupId,
    [property: Id(1)] int DayIndex,
    [property: Id(2)] int CheckIns,
    [property: Id(3)] int Reviews,
    [property: Id(4)] int Members,
    [property: Id(5)] DateTimeOffset At);
