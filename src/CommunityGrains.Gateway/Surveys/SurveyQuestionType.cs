using CommunityGrains.Contracts.Surveys;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Surveys;

public sealed class SurveyQuestionType : ObjectGraphType<SurveyQuestionView>
{
    public SurveyQuestionType()
    {
        Name = "SurveyQuestion";
        Description = "One question of a survey.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The question's id within its survey, passed as questionId when answering.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<SurveyQuestionKindType>>("kind").Description("How it is answered.").Resolve(c => c.Source.Kind);
        Field(x => x.Text).Description("The question, at most 200 characters.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("options").Description("The options of a SINGLE_CHOICE or MULTIPLE_CHOICE question, answered by index; empty for other kinds.").Resolve(c => c.Source.Options);
        Field(x => x.Required).Description("Whether every answer must include it.");
    }
}
