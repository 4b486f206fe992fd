using CommunityGrains.Domain.Questions;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Questions;

public sealed class QuestionOrderType : EnumerationGraphType<QuestionOrder>
{
    public QuestionOrderType() => Name = "QuestionOrder";
}
