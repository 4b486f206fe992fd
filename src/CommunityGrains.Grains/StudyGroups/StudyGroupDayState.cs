using CommunityGrains.Contracts.StudyGroups;

namespace CommunityGrains.Grains.StudyGroups;

[GenerateSerializer]
public sealed class StudyGroupDayState
{
    /// <summary>By author: one check-in per member per day.</summary>
    [Id(0)] public Dictionary<string, StoredCheckIn> CheckIns { get; set; } = [];
}

[GenerateSerializer]
public sealed class StoredCheckIn
{
    [Id(0)] public DateTimeOffset At { get; set; }
    [Id(1)] public string? Note { get; set; }
    [Id(2)] public bool Highlighted { get; set; }

    /// <summary>One per reviewer; a second review by the same reviewer replaces the first.</summary>
    [Id(3)] public List<PeerReviewView> Reviews { get; set; } = [];
}
