namespace CommunityGrains.Contracts.Feedback;

/// <summary>
/// Key: community/board-months. The months whose board holds items, with how many: a board page starts at its
/// cursor's month and reads only as many months as it needs, and the total needs no month read at all.
/// </summary>
public interface IFeedbackBoardMonthsGrain : IGrainWithStringKey
{
    /// <summary>The month's board holds <paramref name="count"/> items; a smaller count than known (a late report) is ignored.</summary>
    Task Counted(string month, int count);

    [Orleans.Concurrency.ReadOnly, Orleans.Concurrency.AlwaysInterleave]
    Task<IReadOnlyList<FeedbackBoardMonth>> NewestFirst();
}
