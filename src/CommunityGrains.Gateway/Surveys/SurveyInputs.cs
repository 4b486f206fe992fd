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
        Description = "A new survey, OPEN at once.";
        Field<IdGraphType>("id").Description("Client-chosen id; a retry with the same id and input returns the same survey.");
        Field<NonNullGraphType<SurveyKindType>>("kind").Description("NPS, SATISFACTION or CUSTOM.");
        Field<NonNullGraphType<StringGraphType>>("title").Description("Short title, at most 200 characters.");
        Field<IdGraphType>("eventId").Description("The event the survey is for; a community-wide survey when omitted.");
        Field<SurveyPhaseType>("phase").Description("For an event survey: BEFORE or AFTER the event.");
        Field<ListGraphType<NonNullGraphType<SurveyQuestionInputType>>>("questions")
            .Description("At most 30 questions. For kind NPS this may be omitted: one NPS question 'How likely are you to recommend ... ?' is used.");
        Field<UtcDateTimeGraphType>("closesAt").Description("When the survey closes by itself; open until closeSurvey when omitted.");
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
        Description = "One question of a new survey.";
        Field<NonNullGraphType<SurveyQuestionKindType>>("kind").Description("How it is answered.");
        Field<NonNullGraphType<StringGraphType>>("text").Description("The question, at most 200 characters.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("options").Description("2..20 options, each at most 200 characters; only for SINGLE_CHOICE and MULTIPLE_CHOICE.");
        Field<BooleanGraphType>("required").Description("Whether every answer must include it.").DefaultValue(true);
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
        Description = "A member's answers to one survey.";
        Field<NonNullGraphType<IdGraphType>>("surveyId").Description("The OPEN survey.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveyAnswerInputType>>>>("answers").Description("At most one answer per question; every required question must be answered.");
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
        Field<NonNullGraphType<IdGraphType>>("questionId").Description("The question answered.");
        Field<IntGraphType>("score").Description("NPS: 0-10; RATING: 1-5.");
        Field<ListGraphType<NonNullGraphType<IntGraphType>>>("choices").Description("0-based option indexes: exactly one for SINGLE_CHOICE, at least one for MULTIPLE_CHOICE.");
        Field<StringGraphType>("text").Description("TEXT: the answer, at most 2000 characters.");
    }
}
