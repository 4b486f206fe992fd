namespace CommunityGrains.Grains.Discussion;

[GenerateSerializer]
public sealed class ThreadPageState
{
    [Id(0)] public SortedDictionary<long, string> Ids { get; set; } = [];
}
