namespace CommunityGrains.Domain.Surveys;

/// <summary>Stored: values are explicit and only ever appended.</summary>
public enum SurveyStatus
{
    Open = 0,
    Closed = 1,
}
