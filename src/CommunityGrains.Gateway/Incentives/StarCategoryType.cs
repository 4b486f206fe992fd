using CommunityGrains.Domain.Incentives;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Incentives;

public sealed class StarCategoryType : EnumerationGraphType<StarCategory>
{
    public StarCategoryType() => Name = "StarCategory";
}
