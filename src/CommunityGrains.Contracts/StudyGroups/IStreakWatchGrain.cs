namespace CommunityGrains.Contracts.StudyGroups;

/// <summary>
/// Key: community/streak-watch. The study groups with a streak of <see cref="Domain.StudyGroups.StreakReminder.MinStreak"/>
/// days or more, and the evening round that tells members whose streak is at risk (STREAK_AT_RISK).
/// </summary>
public interface IStreakWatchGrain : IGrainWithStringKey
{
    /// <summary>Watches the group (a check-in made a streak long enough); also starts a round that is overdue.</summary>
    Task Watch(string groupId);

    /// <summary>Runs the evening round if it is due; called by the grain itself, off the caller's path.</summary>
    [Orleans.Concurrency.OneWay]
    Task Run();
}
