using CommunityGrains.Contracts.Incentives;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Members;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Incentives;

public sealed class StarAwardType : ObjectGraphType<StarAwardView>
{
    public StarAwardType()
    {
        Name = "StarAward";
        Field(x => x.Month);
        Field<NonNullGraphType<StarCategoryType>>("category").Resolve(c => c.Source.Category);
        Field<NonNullGraphType<MemberType>>("member").ResolveAsync(async c => await c.Member(c.Source.MemberId));
        Field(x => x.Score);
        Field(x => x.Citation, nullable: true);
        Field<NonNullGraphType<MemberType>>("selectedBy").ResolveAsync(async c => await c.Member(c.Source.SelectedBy));
        Field<NonNullGraphType<UtcDateTimeGraphType>>("selectedAt").Resolve(c => c.Source.SelectedAt);
    }
}
