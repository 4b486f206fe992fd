using CommunityGrains.Domain.Feedback;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Feedback;

public sealed class FeedbackSortType : EnumerationGraphType<FeedbackSort>
{
    public FeedbackSortType()
    {
        Name = "FeedbackSort";
        Description = "Queue order: NEWEST or OLDEST submission first, DUE_SOONEST, or PRIORITY (URGENT first, untriaged last; the soonest due first within a priority).";
    }
}
