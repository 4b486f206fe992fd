using CommunityGrains.Domain.Questions;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Questions;

public sealed class QuestionOrderType : EnumerationGraphType<QuestionOrder>
{
    public QuestionOrderType()
    {
        Name = "QuestionOrder";
        Description = "How an event's questions are ordered: TOP (most upvoted first) or NEWEST (last asked first).";
    }
}
