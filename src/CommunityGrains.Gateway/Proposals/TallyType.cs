using CommunityGrains.Contracts.Proposals;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Proposals;

public sealed class TallyType : ObjectGraphType<TallyView>
{
    public TallyType()
    {
        Name = "Tally";
        Description = "The vote counts of a proposal.";
        Field<NonNullGraphType<IdGraphType>>("proposalId").Description("The proposal counted.").Resolve(c => c.Source.ProposalId);
        Field<NonNullGraphType<IntGraphType>>("for").Description("Votes FOR.").Resolve(c => c.Source.For);
        Field<NonNullGraphType<IntGraphType>>("against").Description("Votes AGAINST.").Resolve(c => c.Source.Against);
        Field<NonNullGraphType<IntGraphType>>("abstain").Description("Votes ABSTAIN.").Resolve(c => c.Source.Abstain);
        Field<NonNullGraphType<IntGraphType>>("total").Description("All votes cast, abstentions included.").Resolve(c => c.Source.Total);
    }
}
