namespace CommunityGrains.Contracts.Incentives;

/// <summary>Key: community/CATEGORY/yyyy-MM (see <see cref="IncentiveKeys.Leaderboard"/>). The exact top K of one month.</summary>
public interface ILeaderboardGrain : IGrainWithStringKey
{
    /// <summary>Returns the score below which a push cannot enter the board (null while it is not full).</summary>
    Task<double?> Push(LeaderboardPush push);

    /// <summary>Takes a member who left off the board; the active-member count keeps them (they were active).</summary>
    Task Remove(string memberId);

    [Orleans.Concurrency.ReadOnly, Orleans.Concurrency.AlwaysInterleave]
    Task<IReadOnlyList<LeaderboardEntryView>> Top(int first);

    /// <summary>The member's ranked score, or null when they are not in the top K.</summary>
    [Orleans.Concurrency.ReadOnly, Orleans.Concurrency.AlwaysInterleave]
    Task<double?> ScoreOf(string memberId);

    /// <summary>Members with a positive total this month (meaningful on the OVERALL board).</summary>
    [Orleans.Concurrency.ReadOnly, Orleans.Concurrency.AlwaysInterleave]
    Task<int> ActiveMembers();
}
