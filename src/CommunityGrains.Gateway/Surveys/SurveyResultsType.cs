using CommunityGrains.Contracts.Surveys;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Surveys;

public sealed class SurveyResultsType : ObjectGraphType<IReadOnlyList<SurveyQuestionResultView>>
{
    public SurveyResultsType()
    {
        Name = "SurveyResults";
        Description = "A survey's aggregated results, without who gave which answer.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveyQuestionResultType>>>>("questions").Description("One result per question, in question order.").Resolve(c => c.Source);
    }
}
