using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Members;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Proposals;

public sealed class ProposalType : ObjectGraphType<ProposalView>
{
    public ProposalType()
    {
        Name = "Proposal";
        Description = "An idea a member puts to the community: drafted, submitted, screened by moderators, voted on, decided and implemented.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id of the proposal.").Resolve(c => c.Source.Id);
        Field(x => x.Title).Description("Short title, at most 200 characters.");
        Field(x => x.Body).Description("The full text, at most 5000 characters.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags").Description("Up to 10 tags, each at most 32 characters.").Resolve(c => c.Source.Tags);
        Field(x => x.Budget, nullable: true).Description("Estimated cost, a non-negative amount; null when none was given.");
        Field<NonNullGraphType<MemberType>>("author").Description("The member who drafted the proposal.").ResolveAsync(async c => await c.Member(c.Source.AuthorId));
        Field<NonNullGraphType<ProposalStatusType>>("status").Description("Current status; VOTING turns into REVIEW by itself at votingClosesAt.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("createdAt").Description("When the draft was first saved.").Resolve(c => c.Source.CreatedAt);
        Field<UtcDateTimeGraphType>("submittedAt").Description("When the author submitted it; null while a draft.").Resolve(c => c.Source.SubmittedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScreeningScoreType>>>>("screening").Description("Every moderator's screening score, oldest first.").Resolve(c => c.Source.Screening);
        Field(x => x.Feasibility, nullable: true).Description("Means over all screening scores; null before the first.");
        Field(x => x.Innovation, nullable: true).Description("Mean innovation score over all screening scores; null before the first.");
        Field(x => x.Value, nullable: true).Description("Mean value score over all screening scores; null before the first.");
        Field<UtcDateTimeGraphType>("votingOpensAt").Description("When voting opened; null before.").Resolve(c => c.Source.VotingOpensAt);
        Field<UtcDateTimeGraphType>("votingClosesAt").Description("When voting closes (or closed); null before voting opens.").Resolve(c => c.Source.VotingClosesAt);
        Field<NonNullGraphType<TallyType>>("tally").Description("Current vote counts.").Resolve(c => c.Source.Tally);
        Field<VoteChoiceType>("myVote")
            .Description("The caller's current vote, if any.")
            .ResolveAsync(async c => await c.Grain<IProposalGrain>(c.Source.Id).VoteOf(c.Actor()));
        Field<DecisionType>("decision").Description("ADOPTED or REJECTED once a moderator decided; null before.").Resolve(c => c.Source.Decision);
        Field(x => x.DecisionReason, nullable: true).Description("Why the moderator decided so; null before the decision.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProposalEventType>>>>("timeline")
            .Description("Every state change, oldest first: the public history of the proposal.")
            .Resolve(c => c.Source.Timeline);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Feedback.FeedbackType>>>>("evidence")
            .Description("Feedback items linked to it (those the viewer may see), oldest link first.")
            .ResolveAsync(async c => await Evidence(c));
        Field<NonNullGraphType<IntGraphType>>("evidenceReporters")
            .Description("How many members reported the linked feedback (each item's reporters, added up).")
            .ResolveAsync(async c => (await Evidence(c, asModerator: true)).Sum(f => f.Reporters));
        Field<NonNullGraphType<Discussion.ThreadType>>("thread").Description("The discussion thread of this item.").Resolve(c => Contracts.Discussion.SubjectRef.Of(Domain.Discussion.ThreadSubject.Proposal, c.Source.Id));
    }

    /// <summary>The count is public evidence of demand: it is read as a moderator, though the items themselves are shown as the viewer may see them.</summary>
    private static async Task<List<Contracts.Feedback.FeedbackView>> Evidence(IResolveFieldContext<ProposalView> context, bool asModerator = false)
    {
        var actor = context.Actor();
        var reader = asModerator ? actor with { Role = Role.Moderator } : actor;
        var ids = await context.Grains().Reference<Contracts.Feedback.IProposalEvidenceGrain>(GrainKeys.Of(actor.CommunityId, context.Source.Id)).FeedbackIds();
        var views = await Task.WhenAll(ids.Select(id => context.Grains().Reference<Contracts.Feedback.IFeedbackGrain>(GrainKeys.Of(actor.CommunityId, id)).Get(reader)));
        return views.OfType<Contracts.Feedback.FeedbackView>().ToList();
    }
}
