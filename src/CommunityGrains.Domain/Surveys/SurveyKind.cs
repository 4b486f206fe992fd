namespace CommunityGrains.Domain.Surveys;

/// <summary>Stored: values are explicit and only ever appended.</summary>
public enum SurveyKind
{
    Nps = 0,
    Satisfaction = 1,
    Custom = 2,
}
