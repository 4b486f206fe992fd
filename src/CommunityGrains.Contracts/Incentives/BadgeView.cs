using CommunityGrains.Domain.Incentives;

namespace CommunityGrains.Contracts.Incentives;

[GenerateSerializer, Immutable]
public sealed record BadgeView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Description,
    [property: Id(3)] bool Automatic)
{
    public static BadgeView From(BadgeDefinition badge) => new(badge.Id, badge.Name, badge.Description, badge.Automatic);
}
