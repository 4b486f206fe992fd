using CommunityGrains.Domain.Proposals;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Proposals;

public sealed class ProposalStatusType : EnumerationGraphType<ProposalStatus>
{
    public ProposalStatusType() => Name = "ProposalStatus";
}

public sealed class VoteChoiceType : EnumerationGraphType<VoteChoice>
{
    public VoteChoiceType() => Name = "VoteChoice";
}

public sealed class DecisionType : EnumerationGraphType<ProposalDecision>
{
    public DecisionType() => Name = "Decision";
}
