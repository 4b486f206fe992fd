namespace CommunityGrains.Contracts.StudyGroups;

/// <param name="WeekOf">The Monday of the week.</param>
/// <param name="Awarded">False while the week's leader is only computed, true once a moderator awarded it.</param>
[GenerateSerializer, Immutable]
public sealed record StudyGroupAwardView(
    [property: Id(0)] string GroupId,
    [property: Id(1)] DateOnly WeekOf,
    [property: Id(2)] double CheckInRate,
    [property: Id(3)] int CheckIns,
    [property: Id(4)] int Members,
    [property: Id(5)] int Reviews,
    [property: Id(6)] bool Awarded);
