namespace CommunityGrains.Contracts.Members;

/// <summary>Key: community/member (the member grain). The ids of the study groups the member belongs to.</summary>
public interface IMemberStudyGroupsGrain : IGrainWithStringKey
{
    Task AddStudyGroup(string groupId);

    Task RemoveStudyGroup(string groupId);

    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<string>> StudyGroupIds();
}
