using CommunityGrains.Contracts.StudyGroups;

namespace CommunityGrains.Grains.StudyGroups;

[GenerateSerializer]
public sealed class StudyGroupIndexState
{
    [Id(0)] public Dictionary<string, StudyGroupIndexEntry> Entries { get; set; } = [];
}
