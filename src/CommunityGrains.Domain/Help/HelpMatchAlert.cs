namespace CommunityGrains.Domain.Help;

/// <summary>
/// Who hears of a new request as a match (HELP_MATCH): the authors of open requests of the other kind within
/// <see cref="RadiusKm"/>, sharing a tag when the new request has tags, best matches first, at most <see cref="MaxTold"/>
/// members, so one post never floods a busy neighbourhood.
/// </summary>
public static class HelpMatchAlert
{
    public const double RadiusKm = 3;
    public const int MaxTold = 10;

    /// <summary>How many candidates to ask the index for: several may belong to one author.</summary>
    public const int Candidates = 50;

    public static HelpKind Counterpart(HelpKind kind) => kind == HelpKind.Need ? HelpKind.Offer : HelpKind.Need;

    /// <param name="authorsBestFirst">The authors of the matching requests, best match first.</param>
    public static IReadOnlyList<string> Recipients(IEnumerable<string> authorsBestFirst, string postedBy) =>
        authorsBestFirst.Where(a => a != postedBy).Distinct(StringComparer.Ordinal).Take(MaxTold).ToList();
}
