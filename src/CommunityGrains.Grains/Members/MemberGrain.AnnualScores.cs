using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Incentives;
using CommunityGrains.Domain.Incentives;

namespace CommunityGrains.Grains.Members;

/// <summary>
/// Yearly totals per category, pushed to the annual board shards the way monthly totals reach the monthly boards:
/// totals, not increments, marked in the write that changed them and pushed after it.
/// </summary>
public sealed partial class MemberGrain
{
    private void AddToYearlyScore(string month, StarCategory category, double amount, DateTimeOffset at)
    {
        var year = month[..4];
        var key = YearlyScoreKey(year, category);
        S.YearlyScores[key] = new MonthlyScore((S.YearlyScores.GetValueOrDefault(key)?.Score ?? 0) + amount, at);
        S.PendingAnnualPushes.Add(key);
        // Older than last year, counted from the score's year: a late score of a past year never drops this year's.
        var previous = (int.Parse(year, CultureInfo.InvariantCulture) - 1).ToString("D4", CultureInfo.InvariantCulture);
        foreach (var old in S.YearlyScores.Keys.Where(k => string.CompareOrdinal(k[..4], previous) < 0).ToList())
        {
            S.YearlyScores.Remove(old);
            S.PendingAnnualPushes.Remove(old);
        }
    }

    private async Task PushPendingAnnualScores()
    {
        if (S.PendingAnnualPushes.Count == 0)
        {
            return;
        }

        await Task.WhenAll(S.PendingAnnualPushes.ToList().Select(async key =>
        {
            if (S.YearlyScores.GetValueOrDefault(key) is { } score)
            {
                await AnnualShard(key).Push(new AnnualScore(MemberId, score.Score, score.ReachedAt));
            }

            S.PendingAnnualPushes.Remove(key);
        }));
    }

    private IAnnualBoardShardGrain AnnualShard(string key)
    {
        var separator = key.IndexOf('/', StringComparison.Ordinal);
        var year = int.Parse(key[..separator], CultureInfo.InvariantCulture);
        var category = Enum.Parse<StarCategory>(key[(separator + 1)..]);
        return GrainFactory.Reference<IAnnualBoardShardGrain>(
            IncentiveKeys.AnnualBoardShard(CommunityId, category, year, ShardHash.Of(MemberId) % IAnnualBoardShardGrain.Shards));
    }

    private static string YearlyScoreKey(string year, StarCategory category) => year + "/" + category;
}
