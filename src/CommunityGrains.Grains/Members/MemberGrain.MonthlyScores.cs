using CommunityGrains.Contracts.Communities;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Incentives;

namespace CommunityGrains.Grains.Members;

/// <summary>
/// Monthly scores per star category: the positive points of each award count for OVERALL, and other grains add
/// scores of the other categories once per key. Each change is marked for its leaderboard (<c>.Leaderboards.cs</c>).
/// </summary>
public sealed partial class MemberGrain
{
    async Task IMemberGrain.AddMonthlyScore(ScoreEvent score)
    {
        RequireJoined();
        if (S.AppliedAwards.ContainsKey(ScoreKey(score)))
        {
            await CompletePendingEffects();
            return;
        }

        var community = await communities.Existing(CommunityId);
        ApplyScore(score, community);
        await state.WriteStateAsync();
        await CompletePendingEffects();
    }

    /// <summary>Applies the score in memory once per key; the caller writes.</summary>
    private void ApplyScore(ScoreEvent score, CommunityView community)
    {
        if (S.AppliedAwards.TryAdd(ScoreKey(score), new AppliedAward(score.At, 0)))
        {
            AddToMonthlyScore(score.Category, score.Amount, score.At, community);
        }
    }

    private static string ScoreKey(ScoreEvent score) => "score:" + score.Key;

    private void AddToMonthlyScore(StarCategory category, double amount, DateTimeOffset at, CommunityView community)
    {
        var month = CommunityCalendar.For(community.TimeZone).MonthOf(at);
        var key = MonthlyScoreKey(month, category);
        var current = S.MonthlyScores.GetValueOrDefault(key);
        var updated = new MonthlyScore((current?.Score ?? 0) + amount, at);
        S.MonthlyScores[key] = updated;
        AddToYearlyScore(month, category, amount, at);
        PruneMonthlyScores(month);
        MarkForLeaderboard(month, category, updated);
    }

    private static string MonthlyScoreKey(string month, StarCategory category) => month + "/" + category;

    /// <summary>Leaderboards keep their own copy, so a member needs only this month's and last month's scores.</summary>
    private void PruneMonthlyScores(string currentMonth)
    {
        var previous = CommunityCalendar.FormatMonth(CommunityCalendar.ParseMonth(currentMonth).AddMonths(-1));
        foreach (var key in S.MonthlyScores.Keys.Where(k => !k.StartsWith(currentMonth, StringComparison.Ordinal) && !k.StartsWith(previous, StringComparison.Ordinal)).ToList())
        {
            S.MonthlyScores.Remove(key);
        }
    }
}
