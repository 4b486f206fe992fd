using CommunityGrains.Domain.Feedback;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Feedback;

public sealed class FeedbackChannelType : EnumerationGraphType<FeedbackChannel>
{
    public FeedbackChannelType() => Name = "FeedbackChannel";
}

public sealed class FeedbackCategoryType : EnumerationGraphType<FeedbackCategory>
{
    public FeedbackCategoryType() => Name = "FeedbackCategory";
}

public sealed class FeedbackPriorityType : EnumerationGraphType<FeedbackPriority>
{
    public FeedbackPriorityType() => Name = "FeedbackPriority";
}

public sealed class FeedbackStatusType : EnumerationGraphType<FeedbackStatus>
{
    public FeedbackStatusType() => Name = "FeedbackStatus";
}
