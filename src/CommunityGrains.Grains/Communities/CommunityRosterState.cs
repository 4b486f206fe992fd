namespace CommunityGrains.Grains.Communities;

[GenerateSerializer]
public sealed class CommunityRosterState
{
    [Id(0)] public Dictionary<string, int> LifetimePoints { get; set; } = [];
}
