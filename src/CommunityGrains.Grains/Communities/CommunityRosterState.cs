namespace CommunityGrains.Grains.Communities;

[GenerateSerializer]
public sealed class CommunityRosterState
{
    [Id(0)] public Dictionary<string, int> LifetimePoints { get; set; } = [];

    /// <summary>The latest community day a member of this shard checked in on.</summary>
    [Id(1)] public DateOnly? CheckInDay { get; set; }

    /// <summary>First check-ins on <see cref="CheckInDay"/> by member.</summary>
    [Id(2)] public Dictionary<string, int> CheckIns { get; set; } = [];
}
