using CommunityGrains.Domain.Proposals;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Proposals;

public sealed class VoteChoiceType : EnumerationGraphType<VoteChoice>
{
    public VoteChoiceType()
    {
        Name = "VoteChoice";
        Description = "A member's vote on a proposal.";
    }
}
