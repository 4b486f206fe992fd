namespace CommunityGrains.Domain.Help;

/// <summary>
/// The helper's NEIGHBOR monthly score for one help: <see cref="OnCompletion"/> when the request is completed, so a help
/// counts even if the author never rates, plus <see cref="ForRating"/> when the author rates the helper:
/// (stars − 1) / 4, i.e. 0 for one star up to 1 for five. One help is worth 1 to 2. Never negative: monthly scores
/// only grow, which keeps the leaderboards' top-K exact.
/// </summary>
public static class NeighborScore
{
    public const double OnCompletion = 1.0;

    public static double ForRating(int stars) => Math.Clamp(stars - 1, 0, 4) / 4.0;
}
