using CommunityGrains.Domain.Surveys;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Surveys;

public sealed class SurveyKindType : EnumerationGraphType<SurveyKind>
{
    public SurveyKindType()
    {
        Name = "SurveyKind";
        Description = "What a survey measures: NPS (likelihood to recommend), SATISFACTION, or CUSTOM questions.";
    }
}

public sealed class SurveyQuestionKindType : EnumerationGraphType<SurveyQuestionKind>
{
    public SurveyQuestionKindType()
    {
        Name = "SurveyQuestionKind";
        Description = "How a survey question is answered: NPS (score 0-10), RATING (score 1-5), SINGLE_CHOICE or MULTIPLE_CHOICE (option indexes), TEXT (free text).";
    }
}

public sealed class SurveyStatusType : EnumerationGraphType<SurveyStatus>
{
    public SurveyStatusType()
    {
        Name = "SurveyStatus";
        Description = "OPEN (taking answers) or CLOSED.";
    }
}

public sealed class SurveyPhaseType : EnumerationGraphType<SurveyPhase>
{
    public SurveyPhaseType()
    {
        Name = "SurveyPhase";
        Description = "When an event survey is asked: BEFORE or AFTER the event; the scorecard compares their NPS.";
    }
}
