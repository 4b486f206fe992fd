namespace CommunityGrains.Grains.StudyGroups;

[GenerateSerializer]
public sealed class StudyGroupTasksState
{
    /// <summary>Newest first, at most <c>PracticeRules.ListedTasks</c>.</summary>
    [Id(0)] public List<string> TaskIds { get; set; } = [];
}
