using CommunityGrains.Domain.Surveys;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Surveys;

public sealed class SurveyKindType : EnumerationGraphType<SurveyKind>
{
    public SurveyKindType() => Name = "SurveyKind";
}

public sealed class SurveyQuestionKindType : EnumerationGraphType<SurveyQuestionKind>
{
    public SurveyQuestionKindType() => Name = "SurveyQuestionKind";
}

public sealed class SurveyStatusType : EnumerationGraphType<SurveyStatus>
{
    public SurveyStatusType() => Name = "SurveyStatus";
}

public sealed class SurveyPhaseType : EnumerationGraphType<SurveyPhase>
{
    public SurveyPhaseType() => Name = "SurveyPhase";
}
