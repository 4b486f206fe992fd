namespace CommunityGrains.Contracts.Communities;

/// <summary>The parts of community.stats the foundation knows; each capability adds its own figures.</summary>
[GenerateSerializer, Immutable]
public sealed record CommunityStatsView(
    [property: Id(0)] int Members,
    [property: Id(1)] IReadOnlyDictionary<string, int> MembersByTier);
