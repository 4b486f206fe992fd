using CommunityGrains.Contracts.Help;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Help;

public sealed class TimeWindowType : ObjectGraphType<TimeWindowView>
{
    public TimeWindowType()
    {
        Name = "TimeWindow";
        Description = "A weekly window in the community's time zone.";
        Field(x => x.Weekday).Description("1 = Monday .. 7 = Sunday");
        Field(x => x.From).Description("Start, HH:mm.");
        Field(x => x.To).Description("End, HH:mm.");
    }
}
