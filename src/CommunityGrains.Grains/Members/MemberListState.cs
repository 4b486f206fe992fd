namespace CommunityGrains.Grains.Members;

[GenerateSerializer]
public sealed class MemberListState
{
    [Id(0)] public long Count { get; set; }

    /// <summary>The latest places, oldest first, so an Append sent again after a crash gets the same place.</summary>
    [Id(1)] public List<KeyValuePair<string, long>> Recent { get; set; } = [];
}
