using CommunityGrains.Contracts.Incentives;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Incentives;

public sealed class BadgeType : ObjectGraphType<BadgeView>
{
    public BadgeType()
    {
        Name = "Badge";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Name);
        Field(x => x.Description);
        Field(x => x.Automatic);
    }
}
