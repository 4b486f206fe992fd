namespace CommunityGrains.Grains.StudyGroups;

[GenerateSerializer]
public sealed class CheckInCounterState
{
    /// <summary>Each group's total for the day as last reported by its day grain.</summary>
    [Id(0)] public Dictionary<string, int> ByGroup { get; set; } = [];
}
