namespace CommunityGrains.Domain.Surveys;

/// <summary>Stored: values are explicit and only ever appended.</summary>
public enum SurveyPhase
{
    Before = 0,
    After = 1,
}
