using CommunityGrains.Contracts.Help;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Members;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Help;

public sealed class HelpRatingType : ObjectGraphType<HelpRatingView>
{
    public HelpRatingType()
    {
        Name = "HelpRating";
        Field<NonNullGraphType<MemberType>>("from").ResolveAsync(async c => await c.Member(c.Source.FromId));
        Field<NonNullGraphType<MemberType>>("to").ResolveAsync(async c => await c.Member(c.Source.ToId));
        Field(x => x.Stars);
        Field(x => x.Comment, nullable: true);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("at").Resolve(c => c.Source.At);
    }
}
