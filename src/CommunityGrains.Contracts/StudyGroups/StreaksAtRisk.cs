namespace CommunityGrains.Contracts.StudyGroups;

/// <summary>A group's answer to the evening round: who is at risk today, and whether it is still worth watching.</summary>
[GenerateSerializer, Immutable]
public sealed record StreaksAtRisk
{
    /// <summary>The community day the answer is about.</summary>
    [Id(0)] public required DateOnly Day { get; init; }

    /// <summary>Member id → current streak, for the members at risk.</summary>
    [Id(1)] public required IReadOnlyDictionary<string, int> Members { get; init; }

    /// <summary>False when no member has a streak that can still be at risk: the watch forgets the group.</summary>
    [Id(2)] public required bool StillWatched { get; init; }
}
