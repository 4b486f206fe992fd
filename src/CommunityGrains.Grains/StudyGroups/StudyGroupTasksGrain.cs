using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Domain.StudyGroups;

namespace CommunityGrains.Grains.StudyGroups;

/// <summary>
/// The group's newest practice tasks, apart from the group so a task never waits on check-ins and the group's
/// write never grows with months of tasks: older tasks leave the list, not their grains.
/// </summary>
public sealed class StudyGroupTasksGrain(
    [PersistentState("studyGroupTasks", StorageNames.Default)] IPersistentState<StudyGroupTasksState> state) : Grain, IStudyGroupTasksGrain
{
    async Task IStudyGroupTasksGrain.Add(string taskId)
    {
        var ids = state.State.TaskIds;
        if (ids.Contains(taskId))
        {
            return;
        }

        ids.Insert(0, taskId);
        if (ids.Count > PracticeRules.ListedTasks)
        {
            ids.RemoveRange(PracticeRules.ListedTasks, ids.Count - PracticeRules.ListedTasks);
        }

        await state.WriteStateAsync();
    }

    Task<IReadOnlyList<string>> IStudyGroupTasksGrain.TaskIds() => Task.FromResult<IReadOnlyList<string>>(state.State.TaskIds.ToList());
}
