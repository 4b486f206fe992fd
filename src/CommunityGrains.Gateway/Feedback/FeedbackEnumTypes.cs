using CommunityGrains.Domain.Feedback;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Feedback;

public sealed class FeedbackChannelType : EnumerationGraphType<FeedbackChannel>
{
    public FeedbackChannelType()
    {
        Name = "FeedbackChannel";
        Description = "Where the feedback came in: the app, a form, email, the hotline, social media or an event.";
    }
}

public sealed class FeedbackCategoryType : EnumerationGraphType<FeedbackCategory>
{
    public FeedbackCategoryType()
    {
        Name = "FeedbackCategory";
        Description = "What the feedback is about.";
    }
}

public sealed class FeedbackPriorityType : EnumerationGraphType<FeedbackPriority>
{
    public FeedbackPriorityType()
    {
        Name = "FeedbackPriority";
        Description = "How urgent a moderator judged the feedback.";
    }
}

public sealed class FeedbackStatusType : EnumerationGraphType<FeedbackStatus>
{
    public FeedbackStatusType()
    {
        Name = "FeedbackStatus";
        Description = "NEW (not triaged), TRIAGED, IN_PROGRESS (replied to), RESOLVED, or CLOSED without a resolution.";
    }
}
