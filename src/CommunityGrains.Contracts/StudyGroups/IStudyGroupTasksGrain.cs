using Orleans.Concurrency;

namespace CommunityGrains.Contracts.StudyGroups;

/// <summary>Key: community/group. The ids of the group's newest practice tasks, newest first; the tasks live in their own grains.</summary>
public interface IStudyGroupTasksGrain : IGrainWithStringKey
{
    /// <summary>A set: an id already listed keeps its place.</summary>
    Task Add(string taskId);

    [ReadOnly]
    Task<IReadOnlyList<string>> TaskIds();
}
