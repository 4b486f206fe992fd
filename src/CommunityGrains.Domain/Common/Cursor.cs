using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace CommunityGrains.Domain.Common;

/// <summary>
/// Opaque paging cursors: a kind and a position, base64url-encoded. A cursor of another kind, or one we
/// did not issue, is refused rather than silently read as the first page.
/// </summary>
public static class Cursor
{
    public static string Encode(string kind, long position) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(kind + ":" + position.ToString(CultureInfo.InvariantCulture)));

    public static string Encode(string kind, string position) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(kind + ":" + position));

    public static long DecodeNumber(string kind, string cursor, string field = "after")
    {
        var position = DecodeText(kind, cursor, field);
        if (!long.TryParse(position, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw NotOurs(field);
        }

        return value;
    }

    public static string DecodeText(string kind, string cursor, string field = "after")
    {
        if (cursor.Length is 0 or > 256 || !Base64Url.IsValid(cursor))
        {
            throw NotOurs(field);
        }

        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        var prefix = kind + ":";
        if (!text.StartsWith(prefix, StringComparison.Ordinal) || text.Length == prefix.Length)
        {
            throw NotOurs(field);
        }

        return text[prefix.Length..];
    }

    private static InvalidInputException NotOurs(string field) => new(field, "is not a cursor issued by this API.");
}
