using CommunityGrains.Contracts.Incentives;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Incentives;

public sealed class BadgeType : ObjectGraphType<BadgeView>
{
    public BadgeType()
    {
        Name = "Badge";
        Description = "A badge of the community's catalogue: defined by moderators, or awarded by the system (automatic).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id of the badge.").Resolve(c => c.Source.Id);
        Field(x => x.Name).Description("Display name.");
        Field(x => x.Description).Description("What the badge recognises.");
        Field(x => x.Automatic).Description("True for badges the system awards by itself; they cannot be defined or awarded by hand.");
    }
}
