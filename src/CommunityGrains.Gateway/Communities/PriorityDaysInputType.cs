using CommunityGrains.Gateway.Feedback;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Communities;

public sealed class PriorityDaysInputType : InputObjectGraphType<PriorityDaysInput>
{
    public PriorityDaysInputType()
    {
        Name = "PriorityDaysInput";
        Description = "Days to resolve feedback of one priority.";
        Field<NonNullGraphType<FeedbackPriorityType>>("priority").Description("The priority.");
        Field<NonNullGraphType<IntGraphType>>("days").Description("Days from submission, 1..365.");
    }
}
