using CommunityGrains.Domain.Surveys;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Surveys;

public sealed class CreateSurveyInput
{
    public string? Id { get; set; }
    public SurveyKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string? EventId { get; set; }
    public SurveyPhase? Phase { get; set; }
    public List<SurveyQuestionInput>? Questions { get; set; }
    public DateTimeOffset? ClosesAt { get; set; }
}

public sealed class CreateSurveyInputType : InputObjectGraphType<CreateSurveyInput>
{
    public CreateSurveyInputType()
    {
        Name = "CreateSurveyInput";
        Field<IdGraphType>("id");
        Field<NonNullGraphType<SurveyKindType>>("kind");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<IdGraphType>("eventId");
        Field<SurveyPhaseType>("phase");
        Field<ListGraphType<NonNullGraphType<SurveyQuestionInputType>>>("questions")
            .Description("For kind NPS this may be omitted: one NPS question 'How likely are you to recommend ... ?' is used.");
        Field<UtcDateTimeGraphType>("closesAt");
    }
}

public sealed class SurveyQuestionInput
{
    public SurveyQuestionKind Kind { get; set; }
    public string Text { get; set; } = "";
    public List<string>? Options { get; set; }
    public bool Required { get; set; } = true;
}

public sealed class SurveyQuestionInputType : InputObjectGraphType<SurveyQuestionInput>
{
    public SurveyQuestionInputType()
    {
        Name = "SurveyQuestionInput";
        Field<NonNullGraphType<SurveyQuestionKindType>>("kind");
        Field<NonNullGraphType<StringGraphType>>("text");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("options");
        Field<BooleanGraphType>("required").DefaultValue(true);
    }
}

public sealed class AnswerSurveyInput
{
    public string SurveyId { get; set; } = "";
    public List<SurveyAnswerInput> Answers { get; set; } = [];
}

public sealed class AnswerSurveyInputType : InputObjectGraphType<AnswerSurveyInput>
{
    public AnswerSurveyInputType()
    {
        Name = "AnswerSurveyInput";
        Field<NonNullGraphType<IdGraphType>>("surveyId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveyAnswerInputType>>>>("answers");
    }
}

public sealed class SurveyAnswerInput
{
    public string QuestionId { get; set; } = "";
    public int? Score { get; set; }
    public List<int>? Choices { get; set; }
    public string? Text { get; set; }
}

public sealed class SurveyAnswerInputType : InputObjectGraphType<SurveyAnswerInput>
{
    public SurveyAnswerInputType()
    {
        Name = "SurveyAnswerInput";
        Description = "score for NPS (0-10) and RATING (1-5); choices (option indexes) for SINGLE_CHOICE/MULTIPLE_CHOICE; text for TEXT.";
        Field<NonNullGraphType<IdGraphType>>("questionId");
        Field<IntGraphType>("score");
        Field<ListGraphType<NonNullGraphType<IntGraphType>>>("choices");
        Field<StringGraphType>("text");
    }
}
