namespace CommunityGrains.Grains.StudyGroups;

[GenerateSerializer]
public sealed class StreakWatchState
{
    /// <summary>Groups with a streak long enough to be at risk; a round forgets the groups that no longer have one.</summary>
    [Id(0)] public HashSet<string> Groups { get; set; } = [];

    /// <summary>The community day whose evening round is done.</summary>
    [Id(1)] public DateOnly? LastRound { get; set; }
}
