using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Polls;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Notifications;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Polls;

public sealed class PollFields : IQueryFields, IMutationFields, ISubscriptionFields
{
    void IQueryFields.AddTo(ObjectGraphType query)
    {
        query.Field<PollType>("poll")
            .Description("One poll of the token's community; null when there is none with this id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The poll's id.")
            .ResolveAsync(async c => await Poll(c, c.GetArgument<string>("id")).Get(c.Actor()));
    }

    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PollType>>("createPoll")
            .Description("MODERATOR or event staff.")
            .Argument<NonNullGraphType<CreatePollInputType>>("input", "The event, the question and its options.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CreatePollInput>("input");
                var id = input.Id is null ? Guid.NewGuid().ToString("N") : GatewayIds.Check(input.Id, "input.id");
                return await Poll(c, id).Create(c.Actor(), new CreatePoll
                {
                    EventId = GatewayIds.Check(input.EventId, "input.eventId"),
                    Question = input.Question,
                    Options = input.Options.Select(o => new PollOptionSpec { Label = o.Label, FeedbackId = o.FeedbackId, ProposalId = o.ProposalId }).ToList(),
                });
            });

        mutation.Field<NonNullGraphType<PollType>>("openPoll")
            .Description("MODERATOR or event staff: opens a DRAFT poll for votes.")
            .Argument<NonNullGraphType<IdGraphType>>("pollId", "The poll to open.")
            .ResolveAsync(async c => await Poll(c, c.GetArgument<string>("pollId"), "pollId").Open(c.Actor()));

        mutation.Field<NonNullGraphType<PollType>>("closePoll")
            .Description("MODERATOR or event staff: closes an OPEN poll; its counts are final.")
            .Argument<NonNullGraphType<IdGraphType>>("pollId", "The poll to close.")
            .ResolveAsync(async c => await Poll(c, c.GetArgument<string>("pollId"), "pollId").Close(c.Actor()));

        mutation.Field<NonNullGraphType<PollType>>("votePoll")
            .Description("Attendees of a LIVE event (signed in) vote; a second call changes the ballot. POLL_VOTE points once per poll.")
            .Argument<NonNullGraphType<IdGraphType>>("pollId", "The OPEN poll.")
            .Argument<NonNullGraphType<IdGraphType>>("optionId", "The chosen option's id.")
            .ResolveAsync(async c => await Poll(c, c.GetArgument<string>("pollId"), "pollId").Vote(c.Actor(), c.GetArgument<string>("optionId")));
    }

    void ISubscriptionFields.AddTo(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<PollType>>("pollResults")
            .Description("Pushed on every change of the poll's counts while it is open.")
            .Argument<NonNullGraphType<IdGraphType>>("pollId", "The poll to follow; NOT_FOUND when there is none with this id.")
            .ResolveStreamAsync(async c =>
            {
                var pollId = GatewayIds.Check(c.GetArgument<string>("pollId"), "pollId");
                _ = await c.Grain<IPollGrain>(pollId).Get(c.Actor())
                    ?? throw DomainException.NotFound($"Poll '{pollId}' does not exist.");
                return await c.Notifications<PollView>(NotificationTopics.PollResults, GrainKeys.Of(c.Actor().CommunityId, pollId));
            });
    }

    private static IPollGrain Poll(IResolveFieldContext context, string id, string field = "id") => context.Grain<IPollGrain>(id, field);
}
