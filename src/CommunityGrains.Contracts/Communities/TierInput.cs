namespace CommunityGrains.Contracts.Communities;

[GenerateSerializer, Immutable]
public sealed record TierInput(
    [property: Id(0)] string Name,
    [property: Id(1)] int MinLifetimePoints,
    [property: Id(2)] IReadOnlyList<string> Perks);
