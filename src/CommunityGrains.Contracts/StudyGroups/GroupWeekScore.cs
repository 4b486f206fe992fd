using CommunityGrains.Domain.StudyGroups;

namespace CommunityGrains.Contracts.StudyGroups;

/// <summary>One group's totals of a week, as a week shard reports its best (see <see cref="GroupWeekStanding"/>).</summary>
[GenerateSerializer, Immutable]
public sealed record GroupWeekScore(
    [property: Id(0)] string GroupId,
    [property: Id(1)] int CheckIns,
    [property: Id(2)] int Members,
    [property: Id(3)] int Reviews,
    [property: Id(4)] DateTimeOffset ReachedAt)
{
    public GroupWeekStanding Standing => new(GroupId, CheckIns, Members, Reviews, ReachedAt);

    public static GroupWeekScore From(GroupWeekStanding standing) =>
        new(standing.GroupId, standing.CheckIns, standing.Members, standing.Reviews, standing.ReachedAt);
}
