using CommunityGrains.Contracts.Surveys;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Surveys;

public sealed class SurveyQuestionResultType : ObjectGraphType<SurveyQuestionResultView>
{
    public SurveyQuestionResultType()
    {
        Name = "SurveyQuestionResult";
        Description = "The aggregated answers to one survey question; which fields are set depends on its kind.";
        Field<NonNullGraphType<SurveyQuestionType>>("question").Description("The question.").Resolve(c => c.Source.Question);
        Field(x => x.Answers).Description("Responses that answered this question.");
        Field(x => x.Nps, nullable: true).Description("NPS questions: % promoters (9-10) minus % detractors (0-6), -100..100.");
        Field(x => x.Promoters, nullable: true).Description("NPS questions: answers of 9-10; null for other kinds.");
        Field(x => x.Passives, nullable: true).Description("NPS questions: answers of 7-8; null for other kinds.");
        Field(x => x.Detractors, nullable: true).Description("NPS questions: answers of 0-6; null for other kinds.");
        Field(x => x.Mean, nullable: true).Description("RATING (1-5) and NPS: the mean.");
        Field<ListGraphType<NonNullGraphType<IntGraphType>>>("optionCounts")
            .Description("SINGLE_CHOICE/MULTIPLE_CHOICE: count per option, in option order.")
            .Resolve(c => c.Source.OptionCounts);
        Field(x => x.TextAnswers, nullable: true).Description("TEXT: the number of answers; the texts are read with surveyTextAnswers.");
    }
}
