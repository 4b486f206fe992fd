namespace CommunityGrains.Domain.Surveys;

/// <summary>A question of a survey. Its id is its 1-based position: questions never change after creation.</summary>
public sealed record SurveyQuestionSpec(string Id, SurveyQuestionKind Kind, string Text, IReadOnlyList<string> Options, bool Required);
