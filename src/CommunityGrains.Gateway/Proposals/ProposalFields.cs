using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Proposals;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Proposals;

public sealed class ProposalFields : IQueryFields, IMutationFields
{
    void IQueryFields.AddTo(ObjectGraphType query)
    {
        query.Field<ProposalType>("proposal")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Grain<IProposalGrain>(c.GetArgument<string>("id")).Get(c.Actor()));

        query.Field<NonNullGraphType<ConnectionType<ProposalType, ProposalView>>>("proposals")
            .Argument<ProposalStatusType>("status")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var first = InputLimits.PageSize(c.GetArgument<int>("first"));
                var after = c.GetArgument<string?>("after");
                var position = after is null ? null : Cursor.DecodeText(ProposalIndex.CursorKind, after);
                var actor = c.Actor();
                return await c.Grains().Reference<IProposalCatalogGrain>(actor.CommunityId)
                    .List(actor, c.GetArgument<ProposalStatus?>("status"), first, position);
            });
    }

    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ProposalType>>("saveProposalDraft")
            .Argument<NonNullGraphType<SaveProposalDraftInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SaveProposalDraftInput>("input");
                var id = input.Id is null ? Guid.NewGuid().ToString("N") : GatewayIds.Check(input.Id, "input.id");
                return await c.Grain<IProposalGrain>(id).SaveDraft(c.Actor(), new SaveProposalDraft(input.Title, input.Body, input.Tags, input.Budget));
            });

        mutation.Field<NonNullGraphType<ProposalType>>("submitProposal")
            .Argument<NonNullGraphType<IdGraphType>>("proposalId")
            .ResolveAsync(async c => await Proposal(c).Submit(c.Actor()));

        mutation.Field<NonNullGraphType<ProposalType>>("withdrawProposal")
            .Argument<NonNullGraphType<IdGraphType>>("proposalId")
            .ResolveAsync(async c => await Proposal(c).Withdraw(c.Actor()));

        mutation.Field<NonNullGraphType<ProposalType>>("scoreProposal")
            .Argument<NonNullGraphType<ScoreProposalInputType>>("input")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ScoreProposalInput>("input");
                return await Proposal(c, input.ProposalId).Score(c.Actor(), new ScoreProposal(input.Feasibility, input.Innovation, input.Value, input.Comment));
            });

        mutation.Field<NonNullGraphType<ProposalType>>("openVoting")
            .Argument<NonNullGraphType<OpenVotingInputType>>("input")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<OpenVotingInput>("input");
                return await Proposal(c, input.ProposalId).OpenVoting(c.Actor(), input.ClosesAt);
            });

        mutation.Field<NonNullGraphType<ProposalType>>("castVote")
            .Argument<NonNullGraphType<CastVoteInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CastVoteInput>("input");
                return await Proposal(c, input.ProposalId).CastVote(c.Actor(), input.Choice);
            });

        mutation.Field<NonNullGraphType<ProposalType>>("closeVoting")
            .Argument<NonNullGraphType<IdGraphType>>("proposalId")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c => await Proposal(c).CloseVoting(c.Actor()));

        mutation.Field<NonNullGraphType<ProposalType>>("decideProposal")
            .Argument<NonNullGraphType<DecideProposalInputType>>("input")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<DecideProposalInput>("input");
                return await Proposal(c, input.ProposalId).Decide(c.Actor(), input.Decision, input.Reason);
            });

        mutation.Field<NonNullGraphType<ProposalType>>("updateImplementation")
            .Argument<NonNullGraphType<UpdateImplementationInputType>>("input")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<UpdateImplementationInput>("input");
                return await Proposal(c, input.ProposalId).UpdateImplementation(c.Actor(), input.Status, input.Note);
            });
    }

    private static IProposalGrain Proposal(IResolveFieldContext context) => Proposal(context, context.GetArgument<string>("proposalId"), "proposalId");

    private static IProposalGrain Proposal(IResolveFieldContext context, string proposalId, string field = "input.proposalId") => context.Grain<IProposalGrain>(proposalId, field);
}
