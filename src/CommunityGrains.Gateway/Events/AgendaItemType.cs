using CommunityGrains.Contracts.Events;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Events;

public sealed class AgendaItemType : ObjectGraphType<AgendaItem>
{
    public AgendaItemType()
    {
        Name = "AgendaItem";
        Field<NonNullGraphType<UtcDateTimeGraphType>>("startsAt").Resolve(c => c.Source.StartsAt);
        Field(x => x.Title);
    }
}
