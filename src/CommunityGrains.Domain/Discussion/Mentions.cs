using System.Text.RegularExpressions;

namespace CommunityGrains.Domain.Discussion;

/// <summary>@memberId in a comment body. Ids follow the id rules (no spaces, no '/'), so a mention ends at whitespace or punctuation.</summary>
public static partial class Mentions
{
    /// <summary>At most this many members are told of one comment: a body cannot page the whole community.</summary>
    public const int MaxPerComment = 20;

    public static IReadOnlyList<string> In(string body) =>
        Pattern().Matches(body).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).Take(MaxPerComment).ToList();

    [GeneratedRegex(@"(?<![\w@])@([\p{L}\p{N}_\-]+(?:\.[\p{L}\p{N}_\-]+)*)")]
    private static partial Regex Pattern();
}
