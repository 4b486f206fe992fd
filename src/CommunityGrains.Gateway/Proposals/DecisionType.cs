using CommunityGrains.Domain.Proposals;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Proposals;

public sealed class DecisionType : EnumerationGraphType<ProposalDecision>
{
    public DecisionType()
    {
        Name = "Decision";
        Description = "A moderator's decision on a proposal after voting.";
    }
}
