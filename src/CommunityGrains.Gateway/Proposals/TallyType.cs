using CommunityGrains.Contracts.Proposals;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Proposals;

public sealed class TallyType : ObjectGraphType<TallyView>
{
    public TallyType()
    {
        Name = "Tally";
        Field<NonNullGraphType<IdGraphType>>("proposalId").Resolve(c => c.Source.ProposalId);
        Field<NonNullGraphType<IntGraphType>>("for").Resolve(c => c.Source.For);
        Field<NonNullGraphType<IntGraphType>>("against").Resolve(c => c.Source.Against);
        Field<NonNullGraphType<IntGraphType>>("abstain").Resolve(c => c.Source.Abstain);
        Field<NonNullGraphType<IntGraphType>>("total").Resolve(c => c.Source.Total);
    }
}
