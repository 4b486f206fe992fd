using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Incentives;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Incentives;

namespace CommunityGrains.Grains.Members;

public sealed partial class MemberGrain
{
    /// <summary>
    /// The hook through which a member's monthly totals reach the monthly leaderboards, in two halves: marking
    /// (in memory, stored with the write that changed the score) and pushing (after that write).
    /// Totals, not increments, are pushed: a repeated push is harmless. A total below the board's last known
    /// threshold cannot enter it and is not marked. The first positive OVERALL total of a month is always
    /// marked as counting, so the board counts the member as active once.
    /// </summary>
    private void MarkForLeaderboard(string month, StarCategory category, MonthlyScore score)
    {
        var key = MonthlyScoreKey(month, category);
        if (category == StarCategory.Overall && score.Score > 0 && S.ActiveMonths.Add(month))
        {
            S.PendingPushes[key] = true;
        }
        else if (!S.PendingPushes.ContainsKey(key)
                 && !(S.LeaderboardThresholds.TryGetValue(key, out var known) && score.Score < known))
        {
            S.PendingPushes[key] = false;
        }

        PruneLeaderboardMarks(month);
    }

    /// <summary>Pushes every marked total at once (different boards); a failed push stays marked for the next try.</summary>
    private async Task PushPendingScores()
    {
        if (S.PendingPushes.Count == 0)
        {
            return;
        }

        await Task.WhenAll(S.PendingPushes.ToList().Select(p => Push(p.Key, p.Value)));
    }

    private async Task Push(string key, bool firstActive)
    {
        if (S.MonthlyScores.GetValueOrDefault(key) is not { } score)
        {
            S.PendingPushes.Remove(key);
            return;
        }

        var separator = key.IndexOf('/', StringComparison.Ordinal);
        var month = key[..separator];
        var category = Enum.Parse<StarCategory>(key[(separator + 1)..]);
        var board = GrainFactory.Reference<ILeaderboardGrain>(IncentiveKeys.Leaderboard(CommunityId, category, month));
        var threshold = await board.Push(new LeaderboardPush(MemberId, score.Score, score.ReachedAt, firstActive));
        S.PendingPushes.Remove(key);
        if (threshold is { } latest)
        {
            S.LeaderboardThresholds[key] = latest;
        }
    }

    /// <summary>Only this month's and last month's boards still receive pushes.</summary>
    private void PruneLeaderboardMarks(string currentMonth)
    {
        var previous = CommunityCalendar.FormatMonth(CommunityCalendar.ParseMonth(currentMonth).AddMonths(-1));
        bool Recent(string key) => key.StartsWith(currentMonth, StringComparison.Ordinal) || key.StartsWith(previous, StringComparison.Ordinal);
        foreach (var key in S.LeaderboardThresholds.Keys.Where(k => !Recent(k)).ToList())
        {
            S.LeaderboardThresholds.Remove(key);
        }

        foreach (var key in S.PendingPushes.Keys.Where(k => !Recent(k)).ToList())
        {
            S.PendingPushes.Remove(key);
        }

        S.ActiveMonths.RemoveWhere(m => !Recent(m));
    }
}
