namespace CommunityGrains.Domain.Surveys;

/// <summary>Stored: values are explicit and only ever appended.</summary>
public enum SurveyQuestionKind
{
    Nps = 0,
    Rating = 1,
    SingleChoice = 2,
    MultipleChoice = 3,
    Text = 4,
}
