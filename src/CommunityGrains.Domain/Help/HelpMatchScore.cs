namespace CommunityGrains.Domain.Help;

/// <summary>
/// How well an open request fits a search, from 0 to 1, higher first:
/// <code>score = 0.5 × proximity + 0.3 × tagOverlap + 0.2 × reputation</code>
/// <list type="bullet">
/// <item><c>proximity = 1 − distance / radius</c>, clamped to 0..1: closer is better, the edge of the radius counts 0.</item>
/// <item><c>tagOverlap = shared / min(|searched|, |candidate's|)</c>, 0 when either side has no tags: one shared tag out
/// of one searched is a full match.</item>
/// <item><c>reputation = (helperRating − 1) / 4</c> for the author's mean helper rating (1..5 stars), 0.5 (three stars)
/// while they have none, so newcomers are neither favoured nor buried.</item>
/// </list>
/// Ties go to the nearer request, then the lower id, so pages are stable. Scores are rounded to 3 decimals.
/// </summary>
public static class HelpMatchScore
{
    public const double ProximityWeight = 0.5;
    public const double TagWeight = 0.3;
    public const double ReputationWeight = 0.2;
    public const double NeutralReputation = 0.5;

    public static double Of(double distanceKm, double radiusKm, int sharedTags, int searchedTags, int candidateTags, double? authorHelperRating)
    {
        var proximity = Math.Clamp(1 - distanceKm / radiusKm, 0, 1);
        var smaller = Math.Min(searchedTags, candidateTags);
        var overlap = smaller == 0 ? 0 : Math.Min(1, (double)sharedTags / smaller);
        var reputation = authorHelperRating is { } rating ? Math.Clamp((rating - 1) / 4, 0, 1) : NeutralReputation;
        return Math.Round(ProximityWeight * proximity + TagWeight * overlap + ReputationWeight * reputation, 3);
    }

    public static IReadOnlyList<string> SharedTags(IReadOnlyCollection<string> searched, IEnumerable<string> candidate) =>
        candidate.Where(searched.Contains).ToList();

    /// <summary>The distance shown to people: rounded to 0.1 km, so it narrows a place down no more than the area does.</summary>
    public static double RoundedKm(double distanceKm) => Math.Round(distanceKm, 1, MidpointRounding.AwayFromZero);
}
