using CommunityGrains.Contracts.Events;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Events;

public sealed class AgendaItemType : ObjectGraphType<AgendaItem>
{
    public AgendaItemType()
    {
        Name = "AgendaItem";
        Description = "One slot of an event's programme.";
        Field<NonNullGraphType<UtcDateTimeGraphType>>("startsAt").Description("When the slot starts.").Resolve(c => c.Source.StartsAt);
        Field(x => x.Title).Description("What happens in the slot.");
    }
}
