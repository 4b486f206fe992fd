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
        Description = "One moderator's screening of a proposal, each criterion 1..5.";
        Field<NonNullGraphType<MemberType>>("reviewer").Description("The moderator who scored.").ResolveAsync(async c => await c.Member(c.Source.ReviewerId));
        Field(x => x.Feasibility).Description("How feasible the proposal is, 1..5.");
        Field(x => x.Innovation).Description("How new the idea is, 1..5.");
        Field(x => x.Value).Description("How much the community gains, 1..5.");
        Field(x => x.Comment, nullable: true).Description("The reviewer's comment; null when none was given.");
        Field<NonNullGraphType<UtcDateTimeGraphType>>("at").Description("When the score was given.").Resolve(c => c.Source.At);
    }
}
