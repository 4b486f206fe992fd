using CommunityGrains.Domain.Feedback;
using CommunityGrains.Gateway.Feedback;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Communities;

public sealed class PriorityDaysType : ObjectGraphType<KeyValuePair<FeedbackPriority, int>>
{
    public PriorityDaysType()
    {
        Name = "PriorityDays";
        Description = "Days to resolve feedback of one priority.";
        Field<NonNullGraphType<FeedbackPriorityType>>("priority").Description("The priority.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("days").Description("Days from submission.").Resolve(c => c.Source.Value);
    }
}
