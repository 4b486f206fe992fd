using CommunityGrains.Domain.Proposals;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Proposals;

public sealed class ProposalStatusType : EnumerationGraphType<ProposalStatus>
{
    public ProposalStatusType() => Name = "ProposalStatus";
}
