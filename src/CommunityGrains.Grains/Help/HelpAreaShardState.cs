using CommunityGrains.Contracts.Help;

namespace CommunityGrains.Grains.Help;

[GenerateSerializer]
public sealed class HelpAreaShardState
{
    [Id(0)] public Dictionary<string, HelpAreaEntry> Entries { get; set; } = [];
}
