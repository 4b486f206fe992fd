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
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Label);
        Field(x => x.Votes);
        Field<FeedbackType>("feedback")
            .Description("When the option stands for a piece of feedback or a proposal.")
            .ResolveAsync(async c => c.Source.FeedbackId is { } id ? await c.Grain<IFeedbackGrain>(id).Get(c.Actor()) : null);
        Field<ProposalType>("proposal")
            .ResolveAsync(async c => c.Source.ProposalId is { } id ? await c.Grain<IProposalGrain>(id).Get(c.Actor()) : null);
    }
}
