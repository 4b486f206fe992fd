using CommunityGrains.Contracts.Surveys;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Surveys;

public sealed class SurveyResultsType : ObjectGraphType<IReadOnlyList<SurveyQuestionResultView>>
{
    public SurveyResultsType()
    {
        Name = "SurveyResults";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveyQuestionResultType>>>>("questions").Resolve(c => c.Source);
    }
}
