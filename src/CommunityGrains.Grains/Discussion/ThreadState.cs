namespace CommunityGrains.Grains.Discussion;

[GenerateSerializer]
public sealed class ThreadState
{
    [Id(0)] public long Comments { get; set; }
    [Id(1)] public HashSet<string> HiddenIds { get; set; } = [];

    /// <summary>The latest comments' places, oldest first, so an Append sent again gets the same place.</summary>
    [Id(2)] public List<KeyValuePair<string, long>> Recent { get; set; } = [];
}
