using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Members;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Proposals;

public sealed class ScreeningScoreType : ObjectGraphType<ScreeningScoreView>
{
    public ScreeningScoreType()
    {
        Name = "ScreeningScore";
        Field<NonNullGraphType<MemberType>>("reviewer").ResolveAsync(async c => await c.Member(c.Source.ReviewerId));
        Field(x => x.Feasibility);
        Field(x => x.Innovation);
        Field(x => x.Value);
        Field(x => x.Comment, nullable: true);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("at").Resolve(c => c.Source.At);
    }
}
