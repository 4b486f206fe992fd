namespace CommunityGrains.Grains.StudyGroups;

[GenerateSerializer]
public sealed class CheckInCounterState
{
    /// <summary>Each group's total for the day, as groups reported it before members counted their own.</summary>
    [Id(0)] public Dictionary<string, int> ByGroup { get; set; } = [];
}
