using Orleans.Concurrency;

namespace CommunityGrains.Contracts.StudyGroups;

/// <summary>
/// Key: community/group-index/shard (see <see cref="StudyGroupIndex"/>). The searchable summary of the groups that
/// hash to this shard, so a search reads 16 shards, never every group.
/// </summary>
public interface IStudyGroupIndexGrain : IGrainWithStringKey
{
    /// <summary>Sets the entry (not adds): a repeated report is harmless.</summary>
    Task Upsert(StudyGroupIndexEntry entry);

    /// <summary>The shard's matching groups, best first, after the query's position; at most its First, with the matching count.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<StudyGroupIndexSlice> Search(StudyGroupQuery query);
}
