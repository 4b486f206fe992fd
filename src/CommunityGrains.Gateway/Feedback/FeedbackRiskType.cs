using CommunityGrains.Domain.Feedback;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Feedback;

public sealed class FeedbackRiskType : EnumerationGraphType<FeedbackRisk>
{
    public FeedbackRiskType()
    {
        Name = "FeedbackRisk";
        Description = "ON_TRACK; AT_RISK past the community's feedbackAtRiskShare of the time allowed; OVERDUE past dueAt; DONE once RESOLVED or CLOSED.";
    }
}
