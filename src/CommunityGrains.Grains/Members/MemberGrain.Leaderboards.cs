using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Incentives;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Incentives;

namespace CommunityGrains.Grains.Members;

public sealed partial class MemberGrain
{
    /// <summary>
    /// The hook through which a member's monthly totals reach the monthly leaderboards.
    /// Totals, not increments, are pushed: a repeated push is harmless. A total below the board's last known
    /// threshold cannot enter it and is skipped without a call. The first positive OVERALL total of a month is
    /// always pushed and marked, so the board counts the member as active once.
    /// </summary>
    private async Task OnMonthlyScoreChanged(string month, StarCategory category, MonthlyScore score)
    {
        var key = MonthlyScoreKey(month, category);
        var firstActive = category == StarCategory.Overall && score.Score > 0 && !S.ActiveMonths.Contains(month);
        if (!firstActive && S.LeaderboardThresholds.TryGetValue(key, out var known) && score.Score < known)
        {
            return;
        }

        var board = GrainFactory.Reference<ILeaderboardGrain>(IncentiveKeys.Leaderboard(CommunityId, category, month));
        var threshold = await board.Push(new LeaderboardPush(MemberId, score.Score, score.ReachedAt, firstActive));
        var changed = false;
        if (firstActive)
        {
            S.ActiveMonths.Add(month);
            changed = true;
        }

        if (threshold is { } latest && (!S.LeaderboardThresholds.TryGetValue(key, out var cached) || cached != latest))
        {
            S.LeaderboardThresholds[key] = latest;
            changed = true;
        }

        if (changed)
        {
            PruneLeaderboardMarks(month);
            await state.WriteStateAsync();
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

        S.ActiveMonths.RemoveWhere(m => !Recent(m));
    }
}
