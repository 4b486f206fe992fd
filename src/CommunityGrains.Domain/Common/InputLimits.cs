using System.Globalization;

namespace CommunityGrains.Domain.Common;

/// <summary>The documented limits of every text, id and page size the API accepts, in one place.</summary>
public static class InputLimits
{
    public const int MaxIdLength = 64;
    public const int MaxNameLength = 80;
    public const int MaxTitleLength = 200;
    public const int MaxBodyLength = 5000;
    public const int MaxNoteLength = 2000;
    public const int MaxTagLength = 32;
    public const int MaxTags = 10;
    public const int MaxPageSize = 100;

    public static string Id(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidInputException(field, "must not be empty.");
        }

        if (value.Length > MaxIdLength)
        {
            throw new InvalidInputException(field, $"must be at most {MaxIdLength} characters.");
        }

        // '/' separates the parts of a grain key, so an id containing it could address another grain.
        if (value.Any(c => char.IsControl(c) || c == '/' || char.IsWhiteSpace(c)))
        {
            throw new InvalidInputException(field, "must not contain spaces, '/' or control characters.");
        }

        return value;
    }

    public static string Name(string? value, string field) => Text(value, field, 1, MaxNameLength);

    public static string Title(string? value, string field) => Text(value, field, 1, MaxTitleLength);

    public static string Body(string? value, string field) => Text(value, field, 1, MaxBodyLength);

    public static string? Note(string? value, string field) =>
        value is null ? null : Text(value, field, 0, MaxNoteLength);

    public static string Text(string? value, string field, int min, int max)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        var length = new StringInfo(trimmed).LengthInTextElements;
        if (length < min)
        {
            throw new InvalidInputException(field, min == 1 ? "must not be empty." : $"must be at least {min} characters.");
        }

        if (length > max)
        {
            throw new InvalidInputException(field, $"must be at most {max} characters.");
        }

        if (trimmed.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            throw new InvalidInputException(field, "must not contain control characters.");
        }

        return trimmed;
    }

    /// <summary>Tags are compared case-insensitively, so they are stored lower case, trimmed and without repeats.</summary>
    public static IReadOnlyList<string> Tags(IEnumerable<string>? values, string field)
    {
        var tags = (values ?? [])
            .Select(t => Text(t, field, 1, MaxTagLength).ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (tags.Count > MaxTags)
        {
            throw new InvalidInputException(field, $"must have at most {MaxTags} entries.");
        }

        return tags;
    }

    public static int PageSize(int value, string field = "first")
    {
        if (value is < 1 or > MaxPageSize)
        {
            throw new InvalidInputException(field, $"must be between 1 and {MaxPageSize}.");
        }

        return value;
    }

    public static int Range(int value, string field, int min, int max)
    {
        if (value < min || value > max)
        {
            throw new InvalidInputException(field, $"must be between {min} and {max}.");
        }

        return value;
    }

    public static TimeZoneInfo TimeZone(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxIdLength)
        {
            throw new InvalidInputException(field, "must be an IANA time zone name such as Europe/Paris.");
        }

        // Windows names ("China Standard Time") are converted by .NET; only canonical IANA names are accepted
        // so that what we store is what every client understands.
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(value, out var zone) || !zone.HasIanaId)
        {
            throw new InvalidInputException(field, $"'{value}' is not a known IANA time zone.");
        }

        return zone;
    }
}
