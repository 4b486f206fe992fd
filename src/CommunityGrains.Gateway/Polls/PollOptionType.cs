using CommunityGrains.Contracts.Feedback;
using CommunityGrains.Contracts.Polls;
using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Feedback;
using CommunityGrains.Gateway.Proposals;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Polls;

public sealed class PollOptionType : ObjectGraphType<PollOptionView>
{
    public PollOptionType()
    {
        Name = "PollOption";
        Description = "One choice of a poll, with its current count.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The option's id, passed to votePoll.").Resolve(c => c.Source.Id);
        Field(x => x.Label).Description("The option's text; for a feedback or proposal option, taken from it.");
        Field(x => x.Votes).Description("Ballots currently on this option.");
        Field<FeedbackType>("feedback")
            .Description("When the option stands for a piece of feedback or a proposal.")
            .ResolveAsync(async c => c.Source.FeedbackId is { } id ? await c.Grain<IFeedbackGrain>(id).Get(c.Actor()) : null);
        Field<ProposalType>("proposal")
            .Description("The proposal the option stands for; null for other options or when the caller cannot see it.")
            .ResolveAsync(async c => c.Source.ProposalId is { } id ? await c.Grain<IProposalGrain>(id).Get(c.Actor()) : null);
    }
}
