using CommunityGrains.Domain.Proposals;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Proposals;

public sealed class ProposalStatusType : EnumerationGraphType<ProposalStatus>
{
    public ProposalStatusType()
    {
        Name = "ProposalStatus";
        Description = "Where a proposal is in its life: DRAFT, SUBMITTED, SCREENING (scored by moderators), VOTING, REVIEW (voting closed, awaiting a decision), ADOPTED or REJECTED, IMPLEMENTING, IMPLEMENTED; WITHDRAWN by its author before a decision.";
    }
}
