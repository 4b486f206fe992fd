using CommunityGrains.Contracts.Common;
using Orleans.Concurrency;

namespace CommunityGrains.Contracts.StudyGroups;

/// <summary>
/// Key: community/group. Membership, mentor, capacity and streak counters; the check-ins of each day live in
/// <see cref="IStudyGroupDayGrain"/>. Calls go one way (group to day, group to member), never back, so this
/// non-reentrant grain cannot deadlock on a cycle.
/// </summary>
public interface IStudyGroupGrain : IGrainWithStringKey
{
    /// <summary>A repeat by the same creator returns the group; by anyone else it is a CONFLICT.</summary>
    Task<StudyGroupView> Create(Actor actor, CreateStudyGroup create);

    /// <summary>GROUP_FULL past capacity; joining again returns the group unchanged.</summary>
    Task<StudyGroupView> Join(Actor actor);

    Task<StudyGroupView> Leave(Actor actor);

    /// <summary>The current mentor or a MODERATOR names another member of the community as the mentor.</summary>
    Task<StudyGroupView> SetMentor(Actor actor, string mentorId);

    /// <summary>
    /// A member's new display name for the group's view. One way because groups call members: a member waiting on a
    /// group that waits on it would deadlock. Ignored for anyone not in the group.
    /// </summary>
    [OneWay]
    Task NoteMemberName(string memberId, string displayName);

    /// <summary>Null until created.</summary>
    [ReadOnly]
    Task<StudyGroupView?> Get();

    /// <summary>Once per member per day; a repeat the same day updates the note and re-sends (deduplicated) effects.</summary>
    Task<CheckInView> CheckIn(Actor actor, string? note);

    Task<CheckInView> Review(Actor actor, ReviewCheckIn review);

    /// <summary>The group's mentor or a MODERATOR.</summary>
    Task<CheckInView> Highlight(Actor actor, string checkInId);

    /// <summary>The check-ins of a day in the community's time zone; today's also come with <see cref="Get"/>.</summary>
    [ReadOnly]
    Task<IReadOnlyList<CheckInView>> CheckIns(DateOnly date);

    /// <summary>The Monday-first week containing <paramref name="weekOf"/> (default: this week).</summary>
    [ReadOnly]
    Task<WeeklyReviewView> WeeklyReview(DateOnly? weekOf);

    /// <summary>The members whose streak is at risk today, for the evening round of <see cref="IStreakWatchGrain"/>.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<StreaksAtRisk> StreaksAtRisk();
}
