using CommunityGrains.Contracts.Events;
using CommunityGrains.Contracts.Polls;
using CommunityGrains.Gateway.Events;
using CommunityGrains.Gateway.Execution;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Polls;

public sealed class PollType : ObjectGraphType<PollView>
{
    public PollType()
    {
        Name = "Poll";
        Description = "A live multiple-choice vote during an event, e.g. 'the most valuable suggestion'. One ballot per member, changeable while OPEN.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id of the poll.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<EventType>>("event").Description("The event the poll belongs to.").ResolveAsync(async c => await c.Grain<IEventGrain>(c.Source.EventId).Get(c.Actor()));
        Field(x => x.Question).Description("What is asked, at most 200 characters.");
        Field<NonNullGraphType<PollStatusType>>("status").Description("DRAFT, OPEN or CLOSED.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PollOptionType>>>>("options").Description("The choices, in the order they were given.").Resolve(c => c.Source.Options);
        Field(x => x.Ballots).Description("Total ballots (members), not clicks.");
        Field<IdGraphType>("myChoice")
            .Description("The caller's current choice, null if none.")
            .ResolveAsync(async c => await c.Grain<IPollGrain>(c.Source.Id).ChoiceOf(c.Actor()));
    }
}
