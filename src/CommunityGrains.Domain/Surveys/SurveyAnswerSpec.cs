namespace CommunityGrains.Domain.Surveys;

/// <summary>One answer as given: a score, option indexes or a text, whichever the question takes.</summary>
public sealed record SurveyAnswerSpec(string QuestionId, int? Score, IReadOnlyList<int>? Choices, string? Text);
