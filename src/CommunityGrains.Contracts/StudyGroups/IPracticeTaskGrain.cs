using CommunityGrains.Contracts.Common;
using Orleans.Concurrency;

namespace CommunityGrains.Contracts.StudyGroups;

/// <summary>
/// Key: community/group/task. One practice task and its submissions, one per member, so a group's months of tasks
/// never share a write. It reads the group (mentor, members) and never the other way round, so this non-reentrant
/// grain has no call cycle.
/// </summary>
public interface IPracticeTaskGrain : IGrainWithStringKey
{
    /// <summary>The group's mentor or a MODERATOR; a repeat with the same title and description returns the task, other content is a CONFLICT.</summary>
    Task<PracticeTaskView> Add(Actor actor, AddPracticeTask task);

    /// <summary>A group member; a second call replaces the body until the mentor's verdict, and a returned submission can be sent again.</summary>
    Task<TaskSubmissionView> Submit(Actor actor, string body);

    /// <summary>
    /// The mentor or a MODERATOR gives the verdict on the member's submission (a repeat of the same verdict is a retry);
    /// a group peer other than the submitter adds or replaces their peer review instead.
    /// </summary>
    Task<TaskSubmissionView> Review(Actor actor, string memberId, bool approved, string? comment);

    /// <summary>Null until added.</summary>
    [ReadOnly]
    Task<PracticeTaskView?> Get();
}
