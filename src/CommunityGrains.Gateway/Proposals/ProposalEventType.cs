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
        Description = "One state change in a proposal's timeline.";
        Field<NonNullGraphType<UtcDateTimeGraphType>>("at").Description("When the change happened.").Resolve(c => c.Source.At);
        Field<NonNullGraphType<ProposalStatusType>>("status").Description("The status the proposal entered.").Resolve(c => c.Source.Status);
        Field<MemberType>("actor").Description("Who made the change; null when it happened by itself (voting closing at its time).").ResolveAsync(async c => await c.MemberOrNull(c.Source.ActorId));
        Field(x => x.Note, nullable: true).Description("The decision reason or implementation note given with the change; null otherwise.");
    }
}
