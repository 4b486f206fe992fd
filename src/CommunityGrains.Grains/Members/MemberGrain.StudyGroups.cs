using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.StudyGroups;

namespace CommunityGrains.Grains.Members;

/// <summary>The member's side of study groups: only the list of group ids, which the group grains maintain.</summary>
public sealed partial class MemberGrain : IMemberStudyGroupsGrain
{
    async Task IMemberStudyGroupsGrain.AddStudyGroup(string groupId)
    {
        RequireJoined();
        if (S.StudyGroupIds.Contains(groupId))
        {
            return;
        }

        S.StudyGroupIds.Add(groupId);
        await state.WriteStateAsync();
    }

    async Task IMemberStudyGroupsGrain.RemoveStudyGroup(string groupId)
    {
        if (S.StudyGroupIds.Remove(groupId))
        {
            await state.WriteStateAsync();
        }
    }

    Task<IReadOnlyList<string>> IMemberStudyGroupsGrain.StudyGroupIds() =>
        Task.FromResult<IReadOnlyList<string>>(S.StudyGroupIds.ToList());

    /// <summary>One-way notes, so this never waits on a group that may be waiting on this member.</summary>
    private async Task TellStudyGroupsName()
    {
        foreach (var groupId in S.StudyGroupIds)
        {
            await GrainFactory.Reference<IStudyGroupGrain>(GrainKeys.Of(CommunityId, groupId)).NoteMemberName(MemberId, S.DisplayName);
        }

        S.StudyGroupsKnowOldName = false;
    }
}
