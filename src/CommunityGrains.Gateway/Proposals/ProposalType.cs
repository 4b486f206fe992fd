using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Members;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Proposals;

public sealed class ProposalType : ObjectGraphType<ProposalView>
{
    public ProposalType()
    {
        Name = "Proposal";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Title);
        Field(x => x.Body);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags").Resolve(c => c.Source.Tags);
        Field(x => x.Budget, nullable: true);
        Field<NonNullGraphType<MemberType>>("author").ResolveAsync(async c => await c.Member(c.Source.AuthorId));
        Field<NonNullGraphType<ProposalStatusType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<UtcDateTimeGraphType>("submittedAt").Resolve(c => c.Source.SubmittedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScreeningScoreType>>>>("screening").Resolve(c => c.Source.Screening);
        Field(x => x.Feasibility, nullable: true).Description("Means over all screening scores; null before the first.");
        Field(x => x.Innovation, nullable: true);
        Field(x => x.Value, nullable: true);
        Field<UtcDateTimeGraphType>("votingOpensAt").Resolve(c => c.Source.VotingOpensAt);
        Field<UtcDateTimeGraphType>("votingClosesAt").Resolve(c => c.Source.VotingClosesAt);
        Field<NonNullGraphType<TallyType>>("tally").Resolve(c => c.Source.Tally);
        Field<VoteChoiceType>("myVote")
            .Description("The caller's current vote, if any.")
            .ResolveAsync(async c => await c.Grain<IProposalGrain>(c.Source.Id).VoteOf(c.Actor()));
        Field<DecisionType>("decision").Resolve(c => c.Source.Decision);
        Field(x => x.DecisionReason, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProposalEventType>>>>("timeline")
            .Description("Every state change, oldest first: the public history of the proposal.")
            .Resolve(c => c.Source.Timeline);
    }
}
