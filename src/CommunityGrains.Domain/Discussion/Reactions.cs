namespace CommunityGrains.Domain.Discussion;

/// <summary>The small fixed set of reactions; anything else is refused.</summary>
public static class Reactions
{
    public static readonly IReadOnlyList<string> Allowed = ["👍", "❤️", "🎉", "😂", "😮", "🙏"];

    public static string Check(string emoji, string field) =>
        Allowed.Contains(emoji, StringComparer.Ordinal)
            ? emoji
            : throw new Common.InvalidInputException(field, $"must be one of {string.Join(" ", Allowed)}.");
}
