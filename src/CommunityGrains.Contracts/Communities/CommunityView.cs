using CommunityGrains.Domain.Members;

namespace CommunityGrains.Contracts.Communities;

[GenerateSerializer, Immutable]
public sealed record CommunityView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string TimeZone,
    [property: Id(3)] IReadOnlyDictionary<PointAction, int> PointOverrides,
    [property: Id(4)] IReadOnlyList<TierView> Tiers,
    [property: Id(5)] int FeedbackTargetDays,
    [property: Id(6)] DateTimeOffset CreatedAt)
{
    public PointRules PointRules => new(PointOverrides);

    public IReadOnlyList<TierDefinition> TierDefinitions => Tiers.Select(t => t.ToDefinition()).ToList();
}
