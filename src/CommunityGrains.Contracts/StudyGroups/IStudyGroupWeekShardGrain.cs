namespace CommunityGrains.Contracts.StudyGroups;

/// <summary>
/// Key: community/group-week/{monday}/{shard}, <see cref="StudyGroupWeek.Shards"/> shards by group id. The week's
/// counts of the groups that checked in, so the best group is found without reading every group.
/// </summary>
public interface IStudyGroupWeekShardGrain : IGrainWithStringKey
{
    /// <summary>Takes the higher of each count; a report of a group with nothing yet that week only counts members once it has.</summary>
    Task Report(GroupDayReport report);

    /// <summary>The shard's best group of the week; null when none checked in.</summary>
    [Orleans.Concurrency.ReadOnly, Orleans.Concurrency.AlwaysInterleave]
    Task<GroupWeekScore?> Best();
}
