using CommunityGrains.Domain.Members;

namespace CommunityGrains.Contracts.Communities;

[GenerateSerializer, Immutable]
public sealed record TierView(
    [property: Id(0)] string Name,
    [property: Id(1)] int Level,
    [property: Id(2)] int MinLifetimePoints,
    [property: Id(3)] IReadOnlyList<string> Perks)
{
    public TierDefinition ToDefinition() => new(Name, MinLifetimePoints, Perks);

    public static IReadOnlyList<TierView> From(IReadOnlyList<TierDefinition> tiers) =>
        tiers.Select((t, i) => new TierView(t.Name, i + 1, t.MinLifetimePoints, t.Perks)).ToList();
}
