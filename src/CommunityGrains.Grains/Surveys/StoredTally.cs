namespace CommunityGrains.Grains.Surveys;

[GenerateSerializer]
public sealed class StoredTally
{
    [Id(0)] public int Answers { get; set; }
    [Id(1)] public List<int> Buckets { get; set; } = [];
}
