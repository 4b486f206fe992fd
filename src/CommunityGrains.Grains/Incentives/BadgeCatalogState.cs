namespace CommunityGrains.Grains.Incentives;

[GenerateSerializer]
public sealed class BadgeCatalogState
{
    /// <summary>In the order they were defined.</summary>
    [Id(0)] public List<StoredBadge> Defined { get; set; } = [];
}

[GenerateSerializer]
public sealed record StoredBadge([property: Id(0)] string Id, [property: Id(1)] string Name, [property: Id(2)] string Description);
