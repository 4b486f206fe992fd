using CommunityGrains.Contracts.Surveys;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Surveys;

public sealed class SurveyQuestionType : ObjectGraphType<SurveyQuestionView>
{
    public SurveyQuestionType()
    {
        Name = "SurveyQuestion";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<SurveyQuestionKindType>>("kind").Resolve(c => c.Source.Kind);
        Field(x => x.Text);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("options").Resolve(c => c.Source.Options);
        Field(x => x.Required);
    }
}
