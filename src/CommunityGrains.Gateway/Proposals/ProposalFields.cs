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
            .Description("One proposal of the token's community; null when there is none with this id or it is someone else's draft.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The proposal's id.")
            .ResolveAsync(async c => await c.Grain<IProposalGrain>(c.GetArgument<string>("id")).Get(c.Actor()));

        query.Field<NonNullGraphType<ConnectionType<ProposalType, ProposalView>>>("proposals")
            .Description("Proposals of the community, newest first. Drafts are left out unless status is DRAFT, which lists the caller's own drafts.")
            .Argument<ProposalStatusType>("status", "Only proposals in this status; all when omitted.")
            .Argument<IntGraphType>("first", "Page size, 1..100.", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after", "The endCursor of the previous page; the first page when omitted.")
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
            .Description("Any member: creates a draft (without input.id) or updates the caller's own draft (autosave). Returns the draft.")
            .Argument<NonNullGraphType<SaveProposalDraftInputType>>("input", "The draft's content.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SaveProposalDraftInput>("input");
                var id = input.Id is null ? Guid.NewGuid().ToString("N") : GatewayIds.Check(input.Id, "input.id");
                return await c.Grain<IProposalGrain>(id).SaveDraft(c.Actor(), new SaveProposalDraft(input.Title, input.Body, input.Tags, input.Budget));
            });

        mutation.Field<NonNullGraphType<ProposalType>>("submitProposal")
            .Description("The author: submits their DRAFT for screening.")
            .Argument<NonNullGraphType<IdGraphType>>("proposalId", "The draft to submit.")
            .ResolveAsync(async c => await Proposal(c).Submit(c.Actor()));

        mutation.Field<NonNullGraphType<ProposalType>>("withdrawProposal")
            .Description("The author: withdraws their proposal at any time before a decision.")
            .Argument<NonNullGraphType<IdGraphType>>("proposalId", "The proposal to withdraw.")
            .ResolveAsync(async c => await Proposal(c).Withdraw(c.Actor()));

        mutation.Field<NonNullGraphType<ProposalType>>("scoreProposal")
            .Description("MODERATOR: scores a SUBMITTED or SCREENING proposal; it moves to SCREENING.")
            .Argument<NonNullGraphType<ScoreProposalInputType>>("input", "The scores.")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ScoreProposalInput>("input");
                return await Proposal(c, input.ProposalId).Score(c.Actor(), new ScoreProposal(input.Feasibility, input.Innovation, input.Value, input.Comment));
            });

        mutation.Field<NonNullGraphType<ProposalType>>("openVoting")
            .Description("MODERATOR: opens voting on a SCREENING proposal until input.closesAt.")
            .Argument<NonNullGraphType<OpenVotingInputType>>("input", "The proposal and the closing time.")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<OpenVotingInput>("input");
                return await Proposal(c, input.ProposalId).OpenVoting(c.Actor(), input.ClosesAt);
            });

        mutation.Field<NonNullGraphType<ProposalType>>("castVote")
            .Description("Any member: casts the caller's vote on a proposal in VOTING; voting again replaces the earlier vote.")
            .Argument<NonNullGraphType<CastVoteInputType>>("input", "The proposal and the choice.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CastVoteInput>("input");
                return await Proposal(c, input.ProposalId).CastVote(c.Actor(), input.Choice);
            });

        mutation.Field<NonNullGraphType<ProposalType>>("closeVoting")
            .Description("MODERATOR: closes voting before its time; the proposal moves to REVIEW.")
            .Argument<NonNullGraphType<IdGraphType>>("proposalId", "The proposal in VOTING.")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c => await Proposal(c).CloseVoting(c.Actor()));

        mutation.Field<NonNullGraphType<ProposalType>>("decideProposal")
            .Description("MODERATOR: adopts or rejects a proposal in REVIEW, with a reason.")
            .Argument<NonNullGraphType<DecideProposalInputType>>("input", "The decision and its reason.")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<DecideProposalInput>("input");
                return await Proposal(c, input.ProposalId).Decide(c.Actor(), input.Decision, input.Reason);
            });

        mutation.Field<NonNullGraphType<ProposalType>>("updateImplementation")
            .Description("MODERATOR: moves an ADOPTED proposal to IMPLEMENTING, or an IMPLEMENTING one to IMPLEMENTED, with a note.")
            .Argument<NonNullGraphType<UpdateImplementationInputType>>("input", "The new status and its note.")
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
