using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Contracts.StudyGroups;

/// <summary>Key: the community id (stateless worker). Merges the index shards' answers to a search into one page of groups.</summary>
public interface IStudyGroupDirectoryGrain : IGrainWithStringKey
{
    /// <summary>By the goal's words, or by the caller's interests when there is no goal.</summary>
    Task<Page<StudyGroupView>> Search(Actor actor, StudyGroupSearch search);
}
