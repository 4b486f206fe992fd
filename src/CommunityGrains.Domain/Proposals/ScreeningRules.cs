using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.Proposals;

/// <summary>Screening scores are 1..5 on each criterion; the proposal shows their means.</summary>
public static class ScreeningRules
{
    public const int MinScore = 1;
    public const int MaxScore = 5;

    public static int Score(int value, string field) => InputLimits.Range(value, field, MinScore, MaxScore);

    /// <summary>Null before the first score, so "not screened yet" is not mistaken for a low mean.</summary>
    public static double? Mean(IReadOnlyCollection<int> scores) => scores.Count == 0 ? null : scores.Average();
}
