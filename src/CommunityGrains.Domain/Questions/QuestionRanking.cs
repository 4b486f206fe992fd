namespace CommunityGrains.Domain.Questions;

/// <summary>How an event's questions are listed: TOP by upvotes (earlier asked first on a tie), or NEWEST first.</summary>
public static class QuestionRanking
{
    public const int MaxQuestionsPerEvent = 1_000;

    public static IEnumerable<T> Order<T>(IEnumerable<T> questions, QuestionOrder order, Func<T, int> upvotes, Func<T, DateTimeOffset> askedAt, Func<T, string> id) =>
        order == QuestionOrder.Top
            ? questions.OrderByDescending(upvotes).ThenBy(askedAt).ThenBy(id, StringComparer.Ordinal)
            : questions.OrderByDescending(askedAt).ThenBy(id, StringComparer.Ordinal);
}
