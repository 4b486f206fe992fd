using CommunityGrains.Contracts.Trends;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;
using DateGraphType = CommunityGrains.Gateway.Schema.DateGraphType;

namespace CommunityGrains.Gateway.Trends;

public sealed class DayActivityType : ObjectGraphType<DayActivityView>
{
    public DayActivityType()
    {
        Name = "DayActivity";
        Description = "What happened on one day in the community's time zone, counted once per cause.";
        Field<NonNullGraphType<DateGraphType>>("day").Description("The day.").Resolve(c => c.Source.Day);
        Field(x => x.ActiveMembers).Description("Members who joined, earned points or did something that earns them that day.");
        Field(x => x.NewMembers).Description("Members who joined that day.");
        Field(x => x.CheckIns).Description("First study-group check-ins of the day.");
        Field(x => x.Votes).Description("First votes on proposals and polls.");
        Field(x => x.FeedbackSubmitted).Description("Feedback submitted that earned FEEDBACK_SUBMITTED points.");
        Field(x => x.FeedbackResolved).Description("Feedback items resolved that day (an item resolved again on a later day counts on that day too).");
        Field(x => x.HelpsCompleted).Description("Help requests completed (counted for the helper).");
        Field(x => x.Comments).Description("Comments posted that day, each once, hidden ones included.");
        Field(x => x.PointsEarned).Description("Points earned (positive awards; spending and deductions are not subtracted).");
    }
}
