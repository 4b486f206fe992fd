namespace CommunityGrains.Domain.Common;

/// <summary>The languages the system writes its own texts in (notifications, badge names).</summary>
public static class CommunityLanguage
{
    public const string English = "en";
    public const string Chinese = "zh";
    public const string Default = English;

    public static string Parse(string? value, string field)
    {
        var trimmed = value?.Trim().ToLowerInvariant();
        return trimmed is English or Chinese
            ? trimmed
            : throw new InvalidInputException(field, "must be 'en' or 'zh'.");
    }
}
