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
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<EventType>>("event").ResolveAsync(async c => await c.Grain<IEventGrain>(c.Source.EventId).Get(c.Actor()));
        Field(x => x.Question);
        Field<NonNullGraphType<PollStatusType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PollOptionType>>>>("options").Resolve(c => c.Source.Options);
        Field(x => x.Ballots).Description("Total ballots (members), not clicks.");
        Field<IdGraphType>("myChoice")
            .Description("The caller's current choice, null if none.")
            .ResolveAsync(async c => await c.Grain<IPollGrain>(c.Source.Id).ChoiceOf(c.Actor()));
    }
}
