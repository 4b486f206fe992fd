using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Feedback;

public sealed class DayCountType : ObjectGraphType<KeyValuePair<DateOnly, int>>
{
    public DayCountType()
    {
        Name = "DayCount";
        Description = "Items submitted on one day of the report's period, in the community's time zone.";
        Field<NonNullGraphType<Schema.DateGraphType>>("day").Description("The day.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Description("Items submitted that day.").Resolve(c => c.Source.Value);
    }
}
