using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Gateway.Communities;

public sealed class PriorityDaysInput
{
    public FeedbackPriority Priority { get; set; }
    public int Days { get; set; }
}
