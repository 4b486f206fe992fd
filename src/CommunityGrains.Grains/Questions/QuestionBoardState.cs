using CommunityGrains.Contracts.Questions;

namespace CommunityGrains.Grains.Questions;

[GenerateSerializer]
public sealed class QuestionBoardState
{
    /// <summary>At most <see cref="Domain.Questions.QuestionRanking.MaxQuestionsPerEvent"/> small entries.</summary>
    [Id(0)] public Dictionary<string, QuestionSummary> Questions { get; set; } = [];
}
