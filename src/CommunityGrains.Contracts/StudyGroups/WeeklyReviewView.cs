namespace CommunityGrains.Contracts.StudyGroups;

/// <param name="WeekOf">The Monday of the week.</param>
/// <param name="CheckInRate">Check-ins over members x days so far in the week (0..1).</param>
[GenerateSerializer, Immutable]
public sealed record WeeklyReviewView(
    [property: Id(0)] DateOnly WeekOf,
    [property: Id(1)] double CheckInRate,
    [property: Id(2)] IReadOnlyList<WeeklyMemberSummaryView> Members,
    [property: Id(3)] IReadOnlyList<CheckInView> Highlighted);

[GenerateSerializer, Immutable]
public sealed record WeeklyMemberSummaryView(
    [property: Id(0)] string MemberId,
    [property: Id(1)] int DaysCheckedIn,
    [property: Id(2)] int ReviewsGiven);
