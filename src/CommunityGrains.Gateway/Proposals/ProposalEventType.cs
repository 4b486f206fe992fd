using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Members;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Proposals;

public sealed class ProposalEventType : ObjectGraphType<ProposalEventView>
{
    public ProposalEventType()
    {
        Name = "ProposalEvent";
        Field<NonNullGraphType<UtcDateTimeGraphType>>("at").Resolve(c => c.Source.At);
        Field<NonNullGraphType<ProposalStatusType>>("status").Resolve(c => c.Source.Status);
        Field<MemberType>("actor").ResolveAsync(async c => await c.MemberOrNull(c.Source.ActorId));
        Field(x => x.Note, nullable: true);
    }
}
