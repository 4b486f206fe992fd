using CommunityGrains.Contracts.Members;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Members;

public sealed class BadgeAwardType : ObjectGraphType<BadgeAwardView>
{
    public BadgeAwardType()
    {
        Name = "BadgeAward";
        Field<NonNullGraphType<BadgeType>>("badge").Resolve(c => AutomaticBadges.Find(c.Source.BadgeId) ?? new BadgeDefinition(c.Source.BadgeId, c.Source.BadgeId, "", false));
        Field<NonNullGraphType<UtcDateTimeGraphType>>("awardedAt").Resolve(c => c.Source.AwardedAt);
        Field(x => x.Reason);
        Field<MemberType>("awardedBy").ResolveAsync(async c =>
            c.Source.AwardedBy is null ? null : await c.Grain<IMemberGrain>(c.Source.AwardedBy).Get());
    }
}

public sealed class BadgeType : ObjectGraphType<BadgeDefinition>
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
