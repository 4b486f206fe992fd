using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Domain.Proposals;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Proposals;

public sealed class StatusCountType : ObjectGraphType<ProposalStatusCount>
{
    public StatusCountType()
    {
        Name = "StatusCount";
        Field<NonNullGraphType<StringGraphType>>("status").Resolve(c => ProposalLifecycle.Name(c.Source.Status));
        Field(x => x.Count);
    }
}
