using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Domain.Proposals;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Proposals;

public sealed class StatusCountType : ObjectGraphType<ProposalStatusCount>
{
    public StatusCountType()
    {
        Name = "StatusCount";
        Description = "How many proposals have one status.";
        Field<NonNullGraphType<StringGraphType>>("status").Description("A ProposalStatus name, e.g. VOTING.").Resolve(c => ProposalLifecycle.Name(c.Source.Status));
        Field(x => x.Count).Description("Number of proposals in that status.");
    }
}
