using CommunityGrains.Contracts.Help;

namespace CommunityGrains.Grains.Help;

[GenerateSerializer]
public sealed class HelpStoryWallState
{
    [Id(0)] public Dictionary<string, HelpStory> Stories { get; set; } = [];
}
